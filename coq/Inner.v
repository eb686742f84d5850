(* The inner product of column vectors over an ordered field, and the facts the catalogue's proofs share:
   bilinearity, symmetry, positivity, moving a matrix across, orthogonal projectors, and Cauchy–Schwarz. *)
From mathcomp Require Import all_ssreflect all_algebra.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory.
Local Open Scope ring_scope.

Section Inner.

Variable R : realFieldType.

(* <x, y> = xᵀ y. *)
Definition dot n (x y : 'cV[R]_n) : R := (x^T *m y) 0 0.

Lemma dotE n (x y : 'cV[R]_n) : dot x y = \sum_i x i 0 * y i 0.
Proof. by rewrite /dot !mxE; apply: eq_bigr => i _; rewrite mxE. Qed.

Lemma dotC n (x y : 'cV[R]_n) : dot x y = dot y x.
Proof. by rewrite !dotE; apply: eq_bigr => i _; rewrite mulrC. Qed.

Lemma dotDl n (x y z : 'cV[R]_n) : dot (x + y) z = dot x z + dot y z.
Proof. by rewrite /dot linearD /= mulmxDl mxE. Qed.

Lemma dotDr n (x y z : 'cV[R]_n) : dot x (y + z) = dot x y + dot x z.
Proof. by rewrite /dot mulmxDr mxE. Qed.

Lemma dotZl n a (x y : 'cV[R]_n) : dot (a *: x) y = a * dot x y.
Proof. by rewrite /dot linearZ /= -scalemxAl mxE. Qed.

Lemma dotZr n a (x y : 'cV[R]_n) : dot x (a *: y) = a * dot x y.
Proof. by rewrite /dot -scalemxAr mxE. Qed.

Lemma dotNl n (x y : 'cV[R]_n) : dot (- x) y = - dot x y.
Proof. by rewrite -scaleN1r dotZl mulN1r. Qed.

Lemma dotNr n (x y : 'cV[R]_n) : dot x (- y) = - dot x y.
Proof. by rewrite -scaleN1r dotZr mulN1r. Qed.

Lemma dotBl n (x y z : 'cV[R]_n) : dot (x - y) z = dot x z - dot y z.
Proof. by rewrite dotDl dotNl. Qed.

Lemma dotBr n (x y z : 'cV[R]_n) : dot x (y - z) = dot x y - dot x z.
Proof. by rewrite dotDr dotNr. Qed.

Lemma dot0l n (y : 'cV[R]_n) : dot 0 y = 0.
Proof. by rewrite /dot trmx0 mul0mx mxE. Qed.

Lemma dot0r n (x : 'cV[R]_n) : dot x 0 = 0.
Proof. by rewrite /dot mulmx0 mxE. Qed.

(* <A x, y> = <x, Aᵀ y>. *)
Lemma dotMl m n (A : 'M[R]_(m, n)) x y : dot (A *m x) y = dot x (A^T *m y).
Proof. by rewrite /dot trmx_mul mulmxA. Qed.

Lemma dot_ge0 n (x : 'cV[R]_n) : 0 <= dot x x.
Proof. by rewrite dotE; apply: sumr_ge0 => i _; rewrite -expr2 sqr_ge0. Qed.

Lemma dot_eq0 n (x : 'cV[R]_n) : (dot x x == 0) = (x == 0).
Proof.
apply/idP/idP => [|/eqP ->]; last by rewrite dot0l.
rewrite dotE psumr_eq0 => [/allP all0|i _]; last by rewrite -expr2 sqr_ge0.
apply/eqP/matrixP => i j; rewrite (ord1 j) mxE.
by have /implyP := all0 i (mem_index_enum i); rewrite mulf_eq0 orbb => /(_ isT) /eqP.
Qed.

Lemma dot_gt0 n (x : 'cV[R]_n) : x != 0 -> 0 < dot x x.
Proof. by move=> nz; rewrite lt0r dot_eq0 nz dot_ge0. Qed.

(* Cauchy–Schwarz, root-free: <x, y>² ≤ <x, x> <y, y>. *)
Lemma cauchy_schwarz n (x y : 'cV[R]_n) : dot x y ^+ 2 <= dot x x * dot y y.
Proof.
have [->|nz] := eqVneq y 0; first by rewrite !dot0r expr0n mulr0.
set a := dot x y; set b := dot y y.
have b_gt0 : 0 < b := dot_gt0 nz.
have expand : dot (b *: x - a *: y) (b *: x - a *: y) = b * (b * dot x x - a ^+ 2).
  rewrite !dotBl !dotBr !dotZl !dotZr [dot y x]dotC -/a -/b.
  by rewrite [b * a]mulrC [a * b]mulrC subrr subr0 expr2 mulrBr.
have := dot_ge0 (b *: x - a *: y).
by rewrite expand pmulr_rge0 // subr_ge0 mulrC.
Qed.

(* An orthogonal projector P (Pᵀ = P, P P = P) fixes its range: <P x, y> = <P x, P y> and <x, P x> = <P x, P x>. *)
Definition orthogonal_projector n (P : 'M[R]_n) := (P^T == P) && (P *m P == P).

Lemma projector_dot n (P : 'M[R]_n) x y : orthogonal_projector P -> dot (P *m x) y = dot (P *m x) (P *m y).
Proof. by case/andP => /eqP sym /eqP idem; rewrite dotMl [RHS]dotMl sym mulmxA idem. Qed.

(* ‖P x‖² ≤ ‖x‖² for an orthogonal projector: <x, x> = <P x, P x> + <x − P x, x − P x>. *)
Lemma projector_contracts n (P : 'M[R]_n) x : orthogonal_projector P -> dot (P *m x) (P *m x) <= dot x x.
Proof.
move=> proj; have split : dot x x = dot (P *m x) (P *m x) + dot (x - P *m x) (x - P *m x).
  by rewrite dotBl !dotBr [dot x (P *m x)]dotC (projector_dot x x proj) subrr subr0 addrC subrK.
by rewrite split ler_addl dot_ge0.
Qed.

End Inner.
