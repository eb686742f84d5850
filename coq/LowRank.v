(* Low rank (C5): T4.1, T4.2 and T4.3 for every d, every number of prompt features p and every constitution, over any
   ordered field (the reals among them). The contextual policy maps prompt features x ∈ R^p to G x (G ∈ R^{d×p}); the latent
   value map is L ∈ R^{d×p}; RLAIF moves G to G + λ P_c L. *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner Projections.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section LowRank.

Variable R : realFieldType.

(* T4.1 RankOneConstitutionSuffices: for every constitution (orthogonal projector P), the rank-1 constitution span(P m)
   activates the same direction, whenever P m ≠ 0 (span(0) is not a constitution). *)
Theorem T4_1_RankOneConstitutionSuffices d (P : 'M[R]_d) (m : 'cV[R]_d) :
  orthogonal_projector P -> P *m m != 0 -> span_projector (P *m m) *m m = P *m m.
Proof.
move=> proj nz; rewrite span_projectorE (projector_dot m m proj).
by rewrite mulVf ?scale1r // dot_eq0.
Qed.

(* T4.2 UpdateRankBoundedByConstitution: rank(G′ − G) ≤ min(rank P_c, rank L) for G′ = G + λ P_c L; and with constitutions
   c₁…c_k, G′ = G + Σ λ_i P_i L, the update's columns lie in the span of the constitutions' subspaces (mathcomp's spaces are
   row spaces, so the statement reads: the rows of (G′ − G)ᵀ lie in the sum of the row spaces of the P_iᵀ = P_i). *)
Theorem T4_2_UpdateRankBoundedByConstitution d p k (P : 'M[R]_d) (L G : 'M[R]_(d, p)) (lambda : R)
    (Ps : 'I_k -> 'M[R]_d) (lambdas : 'I_k -> R) :
  (\rank ((G + lambda *: (P *m L)) - G)%R <= minn (\rank P) (\rank L))%N
  /\ ((((G + \sum_i lambdas i *: (Ps i *m L)) - G)%R)^T <= \sum_i (Ps i)^T)%MS.
Proof.
split.
  rewrite addrC addKr leq_min.
  by rewrite (leq_trans (mxrank_scale _ _) (mxrankM_maxl _ _)) (leq_trans (mxrank_scale _ _) (mxrankM_maxr _ _)).
rewrite addrC addKr linear_sum /=; apply: summx_sub_sums => i _.
by rewrite linearZ /= trmx_mul scalemx_sub // submxMl.
Qed.

(* T4.3 AblationErasesUpdate: projecting the constitution's subspace out, (I − P_c), erases the RLAIF update exactly:
   (I − P_c) G′ = (I − P_c) G for every idempotent P_c; and the update itself, G′ − G = λ P_c L, lies in the subspace
   (P_c (G′ − G) = G′ − G), so adding it back (activation addition) reproduces G′. *)
Theorem T4_3_AblationErasesUpdate d p (P : 'M[R]_d) (L G : 'M[R]_(d, p)) (lambda : R) :
  P *m P = P ->
  (1%:M - P) *m (G + lambda *: (P *m L)) = (1%:M - P) *m G
  /\ P *m ((G + lambda *: (P *m L)) - G) = (G + lambda *: (P *m L)) - G.
Proof.
move=> idem; split.
  by rewrite mulmxDr -scalemxAr mulmxA [(1%:M - P) *m P]mulmxBl mul1mx idem subrr mul0mx scaler0 addr0.
by rewrite addrC addKr -scalemxAr mulmxA idem.
Qed.

End LowRank.
