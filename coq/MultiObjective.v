(* Several objectives (C6): the half of T5.1 (Gordan's alternative) that a weighted sum proves, for every dimension d and
   every number k of normals, over any ordered field (the reals among them), and the step from the hull's minimum-norm
   point to a direction of the cone. The normals n_1, …, n_k are the columns of N ∈ R^{d×k}, so ⟨x, n_i⟩ = (Nᵀx)_i; the
   local Pareto cone is K = {x : (Nᵀx)_i > 0 for every i}, and 0 ∈ conv{n_i} means N w = 0 for some w ≥ 0 with Σ w_i = 1.
   Not proven here: that 0 ∉ conv{n_i} leaves K non-empty, which needs the minimum-norm point of the hull to exist (a
   minimisation over a compact set) or Farkas' lemma; mathcomp 1.15 provides neither. *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory.
Local Open Scope ring_scope.

Section MultiObjective.

Variable R : realFieldType.

(* w is a point of the simplex whose combination of N's columns is 0: 0 ∈ conv{n_i} with weights w. *)
Definition hull_weights d k (N : 'M[R]_(d, k)) (w : 'cV[R]_k) :=
  [forall i, 0 <= w i 0] && (\sum_i w i 0 == 1) && (N *m w == 0).

(* x lies in the local Pareto cone K of the normals N. *)
Definition in_cone d k (N : 'M[R]_(d, k)) (x : 'cV[R]_d) := [forall i, 0 < (N^T *m x) i 0].

(* T5.1, "only if": 0 ∈ conv{n_i} leaves K empty. Σ_i w_i⟨x, n_i⟩ = ⟨x, N w⟩ = 0, yet each term is ≥ 0 and the term of a
   positive weight (one exists, since Σ w_i = 1) is > 0. *)
Lemma T5_1_HullLeavesConeEmpty d k (N : 'M[R]_(d, k)) (w : 'cV[R]_k) (x : 'cV[R]_d) :
  hull_weights N w -> ~~ in_cone N x.
Proof.
case/andP => /andP [/forallP w_ge0 /eqP w_sum] /eqP Nw0.
apply/negP => /forallP pos.
have : dot (N^T *m x) w == 0 by rewrite dotMl trmxK Nw0 dot0r.
rewrite dotE psumr_eq0 => [/allP zero|i _]; last exact: mulr_ge0 (ltW (pos i)) (w_ge0 i).
have sum0 : \sum_i w i 0 = 0.
  rewrite big1 // => i _; have /implyP := zero i (mem_index_enum i).
  by rewrite mulf_eq0 (negbTE (lt0r_neq0 (pos i))) /= => /(_ isT) /eqP.
by move: w_sum; rewrite sum0 => /eqP; rewrite eq_sym oner_eq0.
Qed.

(* T5.1, the cone's witness: a non-zero x with ⟨x, n_i⟩ ≥ ‖x‖² for every i (the optimality conditions of the hull's
   minimum-norm point x ≠ 0) lies in K. *)
Lemma T5_1_MinimumNormConditionsGiveConeDirection d k (N : 'M[R]_(d, k)) (x : 'cV[R]_d) :
  x != 0 -> [forall i, dot x x <= (N^T *m x) i 0] -> in_cone N x.
Proof.
move=> nz /forallP ge; apply/forallP => i.
exact: lt_le_trans (dot_gt0 nz) (ge i).
Qed.

End MultiObjective.
