(* Self-improvement (C2): T1.4 for every d ≤ D, every encoder, value direction, generation direction g and constitution,
   over any real closed field (the reals among them). *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Alignment.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory.
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

End SelfImprovement.
