(* Self-improvement (C2): T1.1, T1.2 and T1.4 for every d ≤ D, every encoder, value direction, generation direction g and constitution,
   over any real closed field (the reals among them). *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Alignment Path.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory Order.TotalTheory.
Local Open Scope ring_scope.

Section SelfImprovement.

Variable R : rcfType.

(* EV(g + λ d_c) = EV(g) + λ <Eᵀd_c, v>: linear in λ. *)
Lemma expected_value_on_path d D (E : 'M[R]_(d, D)) v g dc lambda :
  expected_value E v (g + lambda *: dc) = expected_value E v g + lambda * dot (E^T *m dc) v.
Proof. by rewrite /expected_value dotDl dotZl dotMl trmxK. Qed.

(* T1.4 ExpectedValueRisesIffActivatedAligned: EV(g + λ d_c) increases (strictly) in λ if and only if A(d_c) > 0. *)
Theorem T1_4_ExpectedValueRisesIffActivatedAligned d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (g dc : 'cV[R]_d) :
  (forall l1 l2 : R, l1 < l2 -> expected_value E v (g + l1 *: dc) < expected_value E v (g + l2 *: dc))
  <-> 0 < alignment E v dc.
Proof.
rewrite alignment_gt0; split => [rises|pos l1 l2 lt].
  by have := rises 0 1 ltr01; rewrite !expected_value_on_path mul0r mul1r addr0 ltr_addl.
by rewrite !expected_value_on_path ltr_add2l ltr_pmul2r.
Qed.

(* T1.1 AlignmentTendsToActivatedAlignment: if Eᵀd_c ≠ 0 then A(g + λd_c) → A(d_c) as λ → ∞, in ε–Λ form. *)
Theorem T1_1_AlignmentTendsToActivatedAlignment d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (g dc : 'cV[R]_d) :
  E^T *m dc != 0 -> forall eps : R, 0 < eps ->
  exists L : R, forall l, L < l -> `|alignment E v (g + l *: dc) - alignment E v dc| < eps.
Proof.
move=> nz eps pos; set Ad := alignment E v dc.
have [L1 below] : exists L : R, forall l, L < l -> alignment E v (g + l *: dc) < Ad + eps.
  by apply: eventually_below => //; rewrite ltr_addl.
have [L2 above] : exists L : R, forall l, L < l -> Ad - eps < alignment E v (g + l *: dc).
  by apply: eventually_above => //; rewrite ltr_subl_addr ltr_addl.
exists (Num.max L1 L2) => l; rewrite lt_maxl => /andP [lt1 lt2].
rewrite ltr_norml; apply/andP; split; first by rewrite ltr_subr_addr addrC above.
by rewrite ltr_subl_addr [eps + _]addrC below.
Qed.

(* T1.2 StrongRlaifFollowsGapSign: let Eᵀd_c ≠ 0. If Δ = A(d_c) − A(g) > 0, A(g + λd_c) > A(g) for all λ beyond some Λ; if
   Δ < 0, A(g + λd_c) < A(g) for all λ beyond some Λ. (The library's closed-form crossing strength Λ* is its own claim,
   checked by the float property, not here.) *)
Theorem T1_2_StrongRlaifFollowsGapSign d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (g dc : 'cV[R]_d) :
  E^T *m dc != 0 ->
  (0 < alignment E v dc - alignment E v g -> exists L : R, forall l, L < l -> alignment E v g < alignment E v (g + l *: dc))
  /\ (alignment E v dc - alignment E v g < 0 -> exists L : R, forall l, L < l -> alignment E v (g + l *: dc) < alignment E v g).
Proof.
move=> nz; split => [|gap].
  by rewrite subr_gt0 => gap; apply: eventually_above.
by apply: eventually_below => //; rewrite -subr_lt0.
Qed.

End SelfImprovement.
