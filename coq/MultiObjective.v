(* Several objectives (C6): the halves of T5.1 (Gordan's alternative) and T5.3 that a weighted sum proves, for every
   dimension d and every number k of normals, over any ordered field (the reals among them), and the step from the hull's
   minimum-norm point to a direction of the cone. The normals n_1, …, n_k are the columns of N ∈ R^{d×k}, so ⟨x, n_i⟩ = (Nᵀx)_i; the
   local Pareto cone is K = {x : (Nᵀx)_i > 0 for every i}, and 0 ∈ conv{n_i} means N w = 0 for some w ≥ 0 with Σ w_i = 1.
   Not proven here: that 0 ∉ conv{n_i} leaves K non-empty, which needs the minimum-norm point of the hull to exist (a
   minimisation over a compact set) or Farkas' lemma; mathcomp 1.15 provides neither. *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Projections.

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

(* For x in K and weights w ≥ 0, Σ_i w_i⟨x, n_i⟩ = 0 forces every weight to 0: each term is ≥ 0, and a term with w_i > 0 is > 0. *)
Lemma cone_weights_vanish d k (N : 'M[R]_(d, k)) (w : 'cV[R]_k) (x : 'cV[R]_d) :
  in_cone N x -> [forall i, 0 <= w i 0] -> dot (N^T *m x) w = 0 -> \sum_i w i 0 = 0.
Proof.
move=> /forallP pos /forallP w_ge0 /eqP.
rewrite dotE psumr_eq0 => [/allP zero|i _]; last exact: mulr_ge0 (ltW (pos i)) (w_ge0 i).
rewrite big1 // => i _; have /implyP := zero i (mem_index_enum i).
by rewrite mulf_eq0 (negbTE (lt0r_neq0 (pos i))) /= => /(_ isT) /eqP.
Qed.

(* T5.1, "only if": 0 ∈ conv{n_i} leaves K empty. Σ_i w_i⟨x, n_i⟩ = ⟨x, N w⟩ = 0 for x in K, so every weight would be 0,
   yet Σ w_i = 1. *)
Lemma T5_1_HullLeavesConeEmpty d k (N : 'M[R]_(d, k)) (w : 'cV[R]_k) (x : 'cV[R]_d) :
  hull_weights N w -> ~~ in_cone N x.
Proof.
case/andP => /andP [w_ge0 /eqP w_sum] /eqP Nw0.
apply/negP => cone.
have zero : dot (N^T *m x) w = 0 by rewrite dotMl trmxK Nw0 dot0r.
have := cone_weights_vanish cone w_ge0 zero.
by rewrite w_sum => /eqP; rewrite oner_eq0.
Qed.

(* T5.1, the cone's witness: a non-zero x with ⟨x, n_i⟩ ≥ ‖x‖² for every i (the optimality conditions of the hull's
   minimum-norm point x ≠ 0) lies in K. *)
Lemma T5_1_MinimumNormConditionsGiveConeDirection d k (N : 'M[R]_(d, k)) (x : 'cV[R]_d) :
  x != 0 -> [forall i, dot x x <= (N^T *m x) i 0] -> in_cone N x.
Proof.
move=> nz /forallP ge; apply/forallP => i.
exact: lt_le_trans (dot_gt0 nz) (ge i).
Qed.

(* T5.3, "only if": when 0 ∈ conv{n_1, …, n_k, m} (weights w for the normals, a for m), no constitution is locally
   Pareto-improving: its activated direction P m ≠ 0 has ⟨P m, m⟩ > 0 (L1), so Σ_i w_i⟨Pm, n_i⟩ + a⟨Pm, m⟩ = ⟨Pm, N w + a m⟩ = 0
   with both terms ≥ 0 makes a = 0 and every w_i = 0, against Σ w_i + a = 1. *)
Lemma T5_3_HullWithLatentLeavesNoImprovingConstitution d k (N : 'M[R]_(d, k)) (m : 'cV[R]_d) (w : 'cV[R]_k) (a : R)
    (P : 'M[R]_d) :
  [forall i, 0 <= w i 0] -> 0 <= a -> \sum_i w i 0 + a = 1 -> N *m w + a *: m = 0 ->
  orthogonal_projector P -> P *m m != 0 -> ~~ in_cone N (P *m m).
Proof.
move=> w_ge0 a_ge0 w_sum hull proj nz; apply/negP => cone.
have [_ [_ [_ hemisphere]]] := L1_ActivatedDirectionsFillOpenHemisphere m.
have m_pos := hemisphere P proj nz.
have split : dot (N^T *m (P *m m)) w + a * dot (P *m m) m = 0.
  by rewrite dotMl trmxK -dotZr -dotDr hull dot0r.
have w_term : 0 <= dot (N^T *m (P *m m)) w.
  rewrite dotE; apply: sumr_ge0 => i _; move/forallP: cone => pos; move/forallP: w_ge0 => ge0.
  exact: mulr_ge0 (ltW (pos i)) (ge0 i).
have a_term : 0 <= a * dot (P *m m) m by rewrite mulr_ge0 // ltW.
move/eqP: split; rewrite paddr_eq0 // => /andP [/eqP w0 /eqP am0].
have a0 : a = 0 by move: am0 => /eqP; rewrite mulf_eq0 (negbTE (lt0r_neq0 m_pos)) orbF => /eqP.
move: w_sum; rewrite (cone_weights_vanish cone w_ge0 w0) a0 addr0 => /eqP.
by rewrite eq_sym oner_eq0.
Qed.

End MultiObjective.
