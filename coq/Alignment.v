(* The model's quantities over a real closed field (the reals among them): the alignment A(u) = <Eᵀu, v> / ‖Eᵀu‖ with
   A(u) := 0 when Eᵀu = 0, the expected true value EV(θ) = <θ, E v>, and the ceiling ρ = ‖P v‖ for the orthogonal projector
   P onto the row space of E, characterised without coordinates: Pᵀ = P, P P = P, P Eᵀ = Eᵀ and P = Eᵀ X for some X. *)
From mathcomp Require Import all_ssreflect all_algebra.
From Rlaif Require Import Inner.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Import GRing.Theory Num.Theory Order.POrderTheory.
Local Open Scope ring_scope.

Section Alignment.

Variable R : rcfType.

Definition norm n (x : 'cV[R]_n) : R := Num.sqrt (dot x x).

Definition alignment d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (u : 'cV[R]_d) : R :=
  let a := E^T *m u in if a == 0 then 0 else dot a v / norm a.

Definition expected_value d D (E : 'M[R]_(d, D)) (v : 'cV[R]_D) (theta : 'cV[R]_d) : R := dot theta (E *m v).

Definition row_projector d D (E : 'M[R]_(d, D)) (P : 'M[R]_D) :=
  orthogonal_projector P /\ P *m E^T = E^T /\ exists X : 'M[R]_(d, D), P = E^T *m X.

Definition ceiling D (P : 'M[R]_D) (v : 'cV[R]_D) : R := norm (P *m v).

Lemma norm_ge0 n (x : 'cV[R]_n) : 0 <= norm x.
Proof. exact: sqrtr_ge0. Qed.

Lemma norm_gt0 n (x : 'cV[R]_n) : x != 0 -> 0 < norm x.
Proof. by move=> nz; rewrite /norm sqrtr_gt0 dot_gt0. Qed.

(* A(u) > 0 exactly when <Eᵀu, v> > 0: the norm is positive whenever Eᵀu ≠ 0. *)
Lemma alignment_gt0 d D (E : 'M[R]_(d, D)) v u : (0 < alignment E v u) = (0 < dot (E^T *m u) v).
Proof.
rewrite /alignment; case: ifP => [/eqP ->|nz]; first by rewrite dot0l.
by rewrite pmulr_lgt0 // invr_gt0 norm_gt0 ?nz.
Qed.

(* Cauchy–Schwarz with roots: <x, y> ≤ ‖x‖ ‖y‖. *)
Lemma dot_le_norms n (x y : 'cV[R]_n) : dot x y <= norm x * norm y.
Proof.
rewrite /norm -sqrtrM ?dot_ge0 //; apply: le_trans (real_ler_norm (num_real _)) _.
by rewrite -sqrtr_sqr ler_wsqrtr // cauchy_schwarz.
Qed.

(* The row projector is unique: two of them are equal. *)
Lemma row_projector_unique d D (E : 'M[R]_(d, D)) P P' : row_projector E P -> row_projector E P' -> P = P'.
Proof.
move=> [/andP [/eqP sym _] [fixE [X eP]]] [/andP [/eqP sym' _] [fixE' [X' eP']]].
have h1 : P' *m P = P by rewrite eP mulmxA fixE'.
have h2 : P *m P' = P' by rewrite eP' mulmxA fixE.
by rewrite -sym -h1 trmx_mul sym sym' h2.
Qed.

(* P Eᵀ = Eᵀ gives <Eᵀu, v> = <Eᵀu, P v>. *)
Lemma dot_row_projector d D (E : 'M[R]_(d, D)) P v u : row_projector E P -> dot (E^T *m u) v = dot (E^T *m u) (P *m v).
Proof.
move=> [proj [fixE _]]; have Pa : P *m (E^T *m u) = E^T *m u by rewrite mulmxA fixE.
by rewrite -{1}Pa (projector_dot _ v proj) Pa.
Qed.

End Alignment.
