(* The ceiling (C3): T2.1, T2.2 and T2.3 for every d ≤ D, every encoder E ∈ R^{d×D} and every value direction v, over any
   real closed field (the reals among them). ρ(E, v) = ‖P v‖ for the row projector P of E (Alignment.v). *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Alignment.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory Order.TotalTheory.
Local Open Scope ring_scope.

Section Ceiling.

Variable R : rcfType.

(* T2.1 CeilingBoundsEveryDirection: A(u) ≤ ρ(E, v) for every u. Every policy g + Σ λ_i d_i and every activated direction
   is some u, so none exceeds the ceiling. *)
Theorem T2_1_CeilingBoundsEveryDirection d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (P : 'M[R]_D) (u : 'cV[R]_d) :
  row_projector E P -> alignment E v u <= ceiling P v.
Proof.
move=> rowP; rewrite /alignment /ceiling; case: ifP => [_|nz]; first exact: norm_ge0.
rewrite (dot_row_projector _ _ rowP) ler_pdivr_mulr ?norm_gt0 ?nz // mulrC.
exact: dot_le_norms.
Qed.

(* The row projector of a full-row-rank encoder: Eᵀ (E Eᵀ)⁻¹ E. *)
Lemma row_projector_of_full_rank d D (E : 'M[R]_(d, D)) :
  E *m E^T \in unitmx -> row_projector E (E^T *m invmx (E *m E^T) *m E).
Proof.
move=> unit; have sym_inv : (invmx (E *m E^T))^T = invmx (E *m E^T) by rewrite trmx_inv trmx_mul trmxK.
split; [apply/andP; split; apply/eqP|split].
- by rewrite !trmx_mul trmxK sym_inv mulmxA.
- by rewrite -!mulmxA (mulmxA E E^T) (mulmxA (invmx (E *m E^T)) (E *m E^T)) mulVmx ?mul1mx.
- by rewrite -!mulmxA mulVmx ?mulmx1.
- by exists (invmx (E *m E^T) *m E); rewrite mulmxA.
Qed.

(* T2.2 CeilingAttainedByWhitenedValue: for a full-row-rank E (M = E Eᵀ invertible), u_star = M⁻¹ E v reaches the ceiling:
   A(u_star) = ρ(E, v), whichever row projector defines ρ. *)
Theorem T2_2_CeilingAttainedByWhitenedValue d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (P : 'M[R]_D) :
  E *m E^T \in unitmx -> row_projector E P -> alignment E v (invmx (E *m E^T) *m (E *m v)) = ceiling P v.
Proof.
move=> unit rowP; have rowP' := row_projector_of_full_rank unit.
rewrite -(row_projector_unique rowP' rowP) /alignment /ceiling.
have -> : E^T *m (invmx (E *m E^T) *m (E *m v)) = E^T *m invmx (E *m E^T) *m E *m v by rewrite !mulmxA.
set p := _ *m v; case: ifP => [/eqP p0|nz]; first by rewrite p0 /norm dot0l sqrtr0.
rewrite /p (projector_dot v v rowP'.1) -/p /norm -{1}(sqr_sqrtr (dot_ge0 p)) expr2 mulfK //.
by rewrite sqrtr_eq0 -ltNge dot_gt0 ?nz.
Qed.

(* T2.3 CeilingGrowsWithCapacity: if row(E₁) ⊆ row(E₂) (E₁ = X E₂), then ρ(E₁, v) ≤ ρ(E₂, v). *)
Theorem T2_3_CeilingGrowsWithCapacity d1 d2 D (E1 : 'M[R]_(d1, D)) (E2 : 'M[R]_(d2, D)) (X : 'M[R]_(d1, d2)) (v : 'cV[R]_D) P1 P2 :
  E1 = X *m E2 -> row_projector E1 P1 -> row_projector E2 P2 -> ceiling P1 v <= ceiling P2 v.
Proof.
move=> nested [proj1 [fix1 [Y eP1]]] [proj2 [fix2 _]].
have P2E1 : P2 *m E1^T = E1^T by rewrite nested trmx_mul mulmxA fix2.
have P2P1 : P2 *m P1 = P1 by rewrite eP1 mulmxA P2E1.
have P1P2 : P1 *m P2 = P1.
  by move: (congr1 trmx P2P1); rewrite trmx_mul (eqP (andP proj1).1) (eqP (andP proj2).1).
rewrite /ceiling /norm; apply: ler_wsqrtr; rewrite -P1P2 -mulmxA.
exact: projector_contracts.
Qed.

End Ceiling.
