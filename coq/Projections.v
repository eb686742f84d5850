(* Constitutions as projections (L1, L2). A constitution is a subspace S of R^d; its projector is P = Q Qᵀ for an orthonormal
   basis Q (d × r, Qᵀ Q = I). Every statement holds for every d and r, over any ordered field (the reals among them). *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Projections.

Variable R : realFieldType.

(* The projector onto span(x): x xᵀ / <x, x>. *)
Definition span_projector d (x : 'cV[R]_d) : 'M[R]_d := (dot x x)^-1 *: (x *m x^T).

Lemma mul_col_row d (x : 'cV[R]_d) y : x *m (x^T *m y) = dot x y *: x.
Proof. by rewrite [x^T *m y]mx11_scalar mul_mx_scalar. Qed.

Lemma span_projectorE d (x : 'cV[R]_d) y : span_projector x *m y = ((dot x x)^-1 * dot x y) *: x.
Proof. by rewrite /span_projector -scalemxAl -mulmxA mul_col_row scalerA. Qed.

Lemma span_projector_fixes d (x : 'cV[R]_d) : x != 0 -> span_projector x *m x = x.
Proof. by move=> nz; rewrite span_projectorE mulVf ?scale1r // dot_eq0. Qed.

Lemma span_projector_proj d (x : 'cV[R]_d) : x != 0 -> orthogonal_projector (span_projector x).
Proof.
move=> nz; apply/andP; split; apply/eqP.
  by rewrite /span_projector linearZ /= trmx_mul trmxK.
by rewrite {2}/span_projector -scalemxAr mulmxA span_projector_fixes.
Qed.

(* L2 ProjectorIsSymmetricIdempotent: P = Q Qᵀ with Qᵀ Q = I is symmetric and idempotent; applying a constitution twice
   changes nothing. *)
Theorem L2_ProjectorIsSymmetricIdempotent d r (Q : 'M[R]_(d, r)) :
  Q^T *m Q = 1%:M -> (Q *m Q^T)^T = Q *m Q^T /\ (Q *m Q^T) *m (Q *m Q^T) = Q *m Q^T.
Proof.
move=> orthonormal; split; first by rewrite trmx_mul trmxK.
by rewrite mulmxA -(mulmxA Q) orthonormal mulmx1.
Qed.

Corollary constitution_projector d r (Q : 'M[R]_(d, r)) : Q^T *m Q = 1%:M -> orthogonal_projector (Q *m Q^T).
Proof. by case/L2_ProjectorIsSymmetricIdempotent => sym idem; apply/andP; split; apply/eqP. Qed.

(* L1 ActivatedDirectionsFillOpenHemisphere, in four parts:
   (1) every activated direction x = P m satisfies <x, m − x> = 0 (it lies on the sphere with diameter [0, m]);
   (2) every x ≠ 0 on that sphere is activated by the rank-1 constitution span(x);
   (3) every u with <u, m> > 0 is, up to a positive factor, activated by span(u);
   (4) every non-zero activated direction lies in the open hemisphere <x, m> > 0.
   Together: the normalised activated directions are exactly the open hemisphere {u : <u, m> > 0}. *)
Theorem L1_ActivatedDirectionsFillOpenHemisphere d (m : 'cV[R]_d) :
  (forall P : 'M[R]_d, orthogonal_projector P -> dot (P *m m) (m - P *m m) = 0)
  /\ (forall x : 'cV[R]_d, x != 0 -> dot x (m - x) = 0 -> span_projector x *m m = x)
  /\ (forall u : 'cV[R]_d, 0 < dot u m -> exists2 k : R, 0 < k & span_projector u *m m = k *: u)
  /\ (forall P : 'M[R]_d, orthogonal_projector P -> P *m m != 0 -> 0 < dot (P *m m) m).
Proof.
split; [|split; [|split]].
- by move=> P proj; rewrite dotBr (projector_dot m m proj) subrr.
- move=> x nz sphere; rewrite span_projectorE.
  have -> : dot x m = dot x x by apply/eqP; rewrite -subr_eq0 -dotBr sphere.
  by rewrite mulVf ?scale1r // dot_eq0.
- move=> u pos; exists ((dot u u)^-1 * dot u m); last by rewrite span_projectorE.
  have nz : u != 0 by apply: contraTneq pos => ->; rewrite dot0l Order.POrderTheory.ltxx.
  by rewrite mulr_gt0 // invr_gt0 dot_gt0.
- by move=> P proj nz; rewrite (projector_dot m m proj) dot_gt0.
Qed.

End Projections.
