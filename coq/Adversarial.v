(* Adversarial constitutions (C4): T3.1 and T3.3 for every d ≤ D, every encoder E and value direction v with ρ > 0, and every
   latent m ≠ 0, over any real closed field (the reals among them). A constitution is an orthonormal basis Q (Qᵀ Q = I) of any
   rank r, its projector Q Qᵀ. The witness is span(u) for u = m − k E v with k chosen below; it is not the library's whitened
   witness, which needs M^{−1/2}. *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Projections Alignment Path.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory Order.TotalTheory.
Local Open Scope ring_scope.

Section Adversarial.

Variable R : rcfType.

Lemma alignment_lt0 d D (E : 'M[R]_(d, D)) v u : (alignment E v u < 0) = (dot (E^T *m u) v < 0).
Proof.
rewrite /alignment; case: ifP => [/eqP ->|nz]; first by rewrite dot0l.
by rewrite pmulr_llt0 // invr_gt0 norm_gt0 ?nz.
Qed.

Lemma dot_encoded d D (E : 'M[R]_(d, D)) v u : dot (E^T *m u) v = dot u (E *m v).
Proof. by rewrite dotMl trmxK. Qed.

(* ρ > 0 forces E v ≠ 0: the row projector is Xᵀ E, so E v = 0 would give P v = 0. *)
Lemma encoded_value_neq0 d D (E : 'M[R]_(d, D)) v P : row_projector E P -> 0 < ceiling P v -> E *m v != 0.
Proof.
move=> [/andP [/eqP sym _] [_ [X eP]]] pos; apply: contraTneq pos => Ev0.
have Pv0 : P *m v = 0 by rewrite -sym eP trmx_mul trmxK -mulmxA Ev0 mulmx0.
by rewrite /ceiling Pv0 /norm dot0l sqrtr0 Order.POrderTheory.ltxx.
Qed.

(* The equality case of Cauchy–Schwarz: <m, w>² = <m, m><w, w> with w ≠ 0 makes m the multiple <m, w>/<w, w> of w. *)
Lemma cauchy_schwarz_eq n (m w : 'cV[R]_n) :
  w != 0 -> dot m w ^+ 2 = dot m m * dot w w -> m = (dot m w / dot w w) *: w.
Proof.
move=> nz eq; set a := dot m w; set b := dot w w.
have b_gt0 : 0 < b := dot_gt0 nz.
have zero : dot (b *: m - a *: w) (b *: m - a *: w) = 0.
  rewrite !dotBl !dotBr !dotZl !dotZr [dot w m]dotC -/a -/b [b * a]mulrC [a * b]mulrC subrr subr0 -mulrBr.
  by rewrite -expr2 eq [dot m m * _]mulrC subrr mulr0.
move/eqP: zero; rewrite dot_eq0 subr_eq0 => /eqP bm.
by apply: (scalerI (lt0r_neq0 b_gt0)); rewrite scalerA mulrC divfK ?lt0r_neq0.
Qed.

(* span(u) as a constitution: the basis Q = u/‖u‖ is orthonormal and Q Qᵀ is span(u)'s projector. *)
Lemma span_basis d (u : 'cV[R]_d) : u != 0 ->
  let Q := (norm u)^-1 *: u in Q^T *m Q = 1%:M /\ Q *m Q^T = span_projector u.
Proof.
move=> nz Q; have n_gt0 : 0 < norm u := norm_gt0 nz.
have sq : (norm u)^-1 * (norm u)^-1 = (dot u u)^-1 by rewrite -invfM -expr2 sqr_sqrtr ?dot_ge0.
split; last by rewrite /Q /span_projector !linearZ /= -scalemxAl scalerA sq.
rewrite /Q !linearZ /= -scalemxAl scalerA sq [u^T *m u]mx11_scalar -/(dot u u).
by rewrite scale_scalar_mx mulVf // lt0r_neq0 // dot_gt0.
Qed.

(* The rank-1 witness: if <u, m> > 0 and <u, E v> < 0, span(u) activates a direction with A(d_c) < 0. *)
Lemma span_witness d D (E : 'M[R]_(d, D)) v (m u : 'cV[R]_d) :
  0 < dot u m -> dot u (E *m v) < 0 -> alignment E v (span_projector u *m m) < 0.
Proof.
move=> um uw; have nzu : u != 0 by apply: contraTneq um => ->; rewrite dot0l Order.POrderTheory.ltxx.
rewrite alignment_lt0 span_projectorE dot_encoded dotZl pmulr_rlt0 //.
by rewrite mulr_gt0 // invr_gt0 dot_gt0.
Qed.

(* T3.1 AdversarialConstitutionExistsUnlessAligned: with ρ > 0 and m ≠ 0, a constitution (an orthonormal basis Q of any
   rank) with A(d_c) < 0 exists if and only if m is not a positive multiple of E v. *)
Theorem T3_1_AdversarialConstitutionExistsUnlessAligned d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (P : 'M[R]_D) (m : 'cV[R]_d) :
  row_projector E P -> 0 < ceiling P v -> m != 0 ->
  (exists r (Q : 'M[R]_(d, r)), Q^T *m Q = 1%:M /\ alignment E v (Q *m Q^T *m m) < 0)
  <-> ~ (exists2 c : R, 0 < c & m = c *: (E *m v)).
Proof.
move=> rowP pos nzm; have nzw := encoded_value_neq0 rowP pos.
split.
  move=> [r [Q [orth adv]]] [c c_gt0 mw]; move: adv.
  have wm : E *m v = c^-1 *: m by rewrite mw scalerA mulVf ?scale1r // lt0r_neq0.
  rewrite alignment_lt0 dot_encoded wm dotZr (projector_dot m m (constitution_projector orth)) pmulr_rlt0 ?invr_gt0 //.
  by rewrite ltNge dot_ge0.
move=> notpos.
suff [u um uw] : exists2 u : 'cV[R]_d, 0 < dot u m & dot u (E *m v) < 0.
  have nzu : u != 0 by apply: contraTneq um => ->; rewrite dot0l Order.POrderTheory.ltxx.
  have [orth QQ] := span_basis nzu.
  by exists 1%N, ((norm u)^-1 *: u); split => //; rewrite QQ span_witness.
set w := E *m v; set a := dot m w; set b := dot w w; set mm := dot m m.
have b_gt0 : 0 < b := dot_gt0 nzw.
have mm_gt0 : 0 < mm := dot_gt0 nzm.
case: (lerP a 0) => [a_le0|a_gt0].
  exists (m - w).
    by rewrite dotBl [dot w m]dotC -/a -/mm subr_gt0 (le_lt_trans a_le0).
  by rewrite dotBl -/a -/b subr_lt0 (le_lt_trans a_le0).
have strict : a ^+ 2 < mm * b.
  rewrite lt_neqAle cauchy_schwarz andbT; apply/eqP => eq; apply: notpos.
  exists (a / b); first by rewrite divr_gt0.
  exact: cauchy_schwarz_eq.
have between : a / b < mm / a by rewrite ltr_pdivr_mulr // mulrAC ltr_pdivl_mulr // -expr2.
have [low high] := midf_lt between.
set k := (a / b + mm / a) / 2 in low high.
exists (m - k *: w).
  by rewrite dotBl dotZl [dot w m]dotC -/a -/mm subr_gt0 -ltr_pdivl_mulr.
by rewrite dotBl dotZl -/a -/b subr_lt0 -ltr_pdivr_mulr.
Qed.

Lemma alignment_neq0 d D (E : 'M[R]_(d, D)) v u : alignment E v u != 0 -> E^T *m u != 0.
Proof. by apply: contraNneq => z; rewrite /alignment z eqxx. Qed.

(* T3.3 HarmfulDirectionActivatedIffLatentLeansToIt, for a unit direction a with <a, E v> < 0 and ŵ = E v/‖E v‖:
   (1) the rank-1 constitution span(a) is adversarial if and only if <a, m> > 0;
   (2) for m = α ŵ + β a, that is β > α |<a, ŵ>|;
   (3) then, whenever A(g) > A(d_c), and in particular whenever A(g) ≥ 0, RLAIF strong enough ends below the start:
       A(g + λ d_c) < A(g) for all λ beyond some Λ. *)
Theorem T3_3_HarmfulDirectionActivatedIffLatentLeansToIt d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (m a g : 'cV[R]_d) :
  dot a a = 1 -> dot a (E *m v) < 0 ->
  let dc := span_projector a *m m in let w_hat := (norm (E *m v))^-1 *: (E *m v) in
  [/\ alignment E v dc < 0 <-> 0 < dot a m,
      forall alpha beta : R, m = alpha *: w_hat + beta *: a -> (0 < dot a m <-> alpha * `|dot a w_hat| < beta)
    & 0 < dot a m ->
      (alignment E v dc < alignment E v g -> exists L : R, forall l, L < l -> alignment E v (g + l *: dc) < alignment E v g)
      /\ (0 <= alignment E v g -> exists L : R, forall l, L < l -> alignment E v (g + l *: dc) < alignment E v g)].
Proof.
move=> unit harmful dc w_hat.
have dcE : dc = dot a m *: a by rewrite /dc span_projectorE unit invr1 mul1r.
have adversarial : alignment E v dc < 0 <-> 0 < dot a m.
  by rewrite dcE alignment_lt0 dot_encoded dotZl; split => h; [move: h; rewrite nmulr_llt0 | rewrite nmulr_llt0].
split => //.
- move=> alpha beta ->; have nzw : E *m v != 0 by apply: contraTneq harmful => ->; rewrite dot0r Order.POrderTheory.ltxx.
  have neg : dot a w_hat < 0 by rewrite /w_hat dotZr pmulr_rlt0 // invr_gt0 norm_gt0.
  have neg' : (norm (E *m v))^-1 * dot a (E *m v) < 0 by move: neg; rewrite /w_hat dotZr.
  rewrite dotDr !dotZr unit mulr1 (ltr0_norm neg').
  split => h; first by rewrite mulrN ltr_oppl -subr_gt0 opprK.
  move: h; rewrite mulrN ltr_oppl => h.
  by rewrite -(opprK beta) subr_gt0.
- move=> lean; have adv : alignment E v dc < 0 by apply/adversarial.
  have nz : E^T *m dc != 0 by apply: alignment_neq0; exact: ltr0_neq0 adv.
  split => [gap|nonneg]; first exact: eventually_below.
  by apply: eventually_below => //; apply: lt_le_trans nonneg.
Qed.

End Adversarial.
