(* Where the RLAIF path ends: for Eᵀd ≠ 0, A(g + λd) eventually falls below any t > A(d) and rises above any t < A(d),
   with an explicit Λ. T1.1, T1.2 and T3.3's last clause follow. Over any real closed field (the reals among them). *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Alignment.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory Order.TotalTheory.
Local Open Scope ring_scope.

Section Path.

Variable R : rcfType.

Lemma norm_scale n (k : R) (x : 'cV[R]_n) : norm (k *: x) = `|k| * norm x.
Proof. by rewrite /norm dotZl dotZr mulrA -expr2 sqrtrM ?sqr_ge0 // sqrtr_sqr. Qed.

Lemma norm_opp n (x : 'cV[R]_n) : norm (- x) = norm x.
Proof. by rewrite -scaleN1r norm_scale normrN1 mul1r. Qed.

(* Minkowski: ‖x + y‖ ≤ ‖x‖ + ‖y‖. *)
Lemma norm_triangle n (x y : 'cV[R]_n) : norm (x + y) <= norm x + norm y.
Proof.
have sum_ge0 : 0 <= norm x + norm y by rewrite addr_ge0 ?norm_ge0.
rewrite -[norm x + norm y]ger0_norm // -sqrtr_sqr /norm ler_wsqrtr //.
rewrite dotDl !dotDr [dot y x]dotC sqrrD -!/(norm _) !sqr_sqrtr ?dot_ge0 //.
by rewrite addrA ler_add2r -addrA ler_add2l -mulr2n ler_muln2r dot_le_norms orbT.
Qed.

(* For λ ≥ 0: λ‖b‖ − ‖a‖ ≤ ‖a + λb‖ ≤ λ‖b‖ + ‖a‖. *)
Lemma norm_path_bounds n (a b : 'cV[R]_n) (l : R) : 0 <= l ->
  l * norm b - norm a <= norm (a + l *: b) /\ norm (a + l *: b) <= l * norm b + norm a.
Proof.
move=> l_ge0; have nlb : norm (l *: b) = l * norm b by rewrite norm_scale ger0_norm.
split; last by rewrite -nlb addrC norm_triangle.
have := norm_triangle (a + l *: b) (- a); rewrite addrC addKr nlb norm_opp.
by rewrite ler_subl_addr.
Qed.

Lemma path_encoded d D (E : 'M[R]_(d, D)) (g dc : 'cV[R]_d) l : E^T *m (g + l *: dc) = E^T *m g + l *: (E^T *m dc).
Proof. by rewrite mulmxDr -scalemxAr. Qed.

(* If A(d) < t and Eᵀd ≠ 0, then A(g + λd) < t for every λ > Λ := (|<Eᵀg, v>| + |t| ‖Eᵀg‖) / (t ‖Eᵀd‖ − <Eᵀd, v>). *)
Lemma eventually_below d D (E : 'M[R]_(d, D)) v (g dc : 'cV[R]_d) (t : R) :
  E^T *m dc != 0 -> alignment E v dc < t ->
  exists L : R, forall l, L < l -> alignment E v (g + l *: dc) < t.
Proof.
move=> nz below; set a := E^T *m g; set b := E^T *m dc.
have nb_gt0 : 0 < norm b := norm_gt0 nz.
have delta_gt0 : 0 < t * norm b - dot b v.
  by move: below; rewrite /alignment -/b (negbTE nz) ltr_pdivr_mulr // subr_gt0.
set delta := t * norm b - dot b v.
exists ((`|dot a v| + `|t| * norm a) / delta) => l lt.
have l_ge0 : 0 <= l.
  apply: le_trans (ltW lt); apply: divr_ge0; last exact: ltW.
  by rewrite addr_ge0 ?mulr_ge0 ?normr_ge0 ?norm_ge0.
have [lo hi] := norm_path_bounds a b l_ge0.
have bound : t * (l * norm b) - `|t| * norm a <= t * norm (a + l *: b).
  case: (lerP 0 t) => t0.
    by rewrite ger0_norm // -mulrBr ler_wpmul2l.
  by rewrite ltr0_norm // mulNr opprK -mulrDr ler_wnmul2l ?hi // ltW.
have h : `|dot a v| + `|t| * norm a < l * delta by rewrite -ltr_pdivr_mulr.
have key : dot (a + l *: b) v < t * norm (a + l *: b).
  apply: lt_le_trans bound; rewrite dotDl dotZl ltr_subr_addr addrAC -ltr_subr_addr mulrCA -mulrBr.
  by apply: le_lt_trans h; rewrite ler_add2r real_ler_norm ?num_real.
rewrite /alignment path_encoded -/a -/b; case: ifP => [/eqP z|nz'].
  by move: key; rewrite z dot0l /norm dot0l sqrtr0 mulr0 ltxx.
by rewrite ltr_pdivr_mulr ?norm_gt0 ?nz' // mulrC.
Qed.

Lemma alignment_oppv d D (E : 'M[R]_(d, D)) v u : alignment E (- v) u = - alignment E v u.
Proof. by rewrite /alignment; case: ifP => _; rewrite ?oppr0 // dotNr mulNr. Qed.

(* If A(d) > t and Eᵀd ≠ 0, then A(g + λd) > t for every λ beyond some Λ (eventually_below for −v). *)
Lemma eventually_above d D (E : 'M[R]_(d, D)) v (g dc : 'cV[R]_d) (t : R) :
  E^T *m dc != 0 -> t < alignment E v dc ->
  exists L : R, forall l, L < l -> t < alignment E v (g + l *: dc).
Proof.
move=> nz above; have below : alignment E (- v) dc < - t by rewrite alignment_oppv ltr_oppl opprK.
have [L eventually] := eventually_below g nz below.
by exists L => l lt; move: (eventually l lt); rewrite alignment_oppv ltr_oppl opprK.
Qed.

End Path.
