(* Prints the axioms each catalogue theorem, and each proven part of an entry without one, depends on. `make assumptions`
   runs it and fails unless every one is closed under the global context (no axiom at all: the development is stated over any ordered or real closed field, so it
   needs not even the axioms of Coq's reals). *)
From Rlaif Require Import Inner Projections Alignment Path SelfImprovement Ceiling Adversarial LowRank MultiObjective.

Print Assumptions L1_ActivatedDirectionsFillOpenHemisphere.
Print Assumptions L2_ProjectorIsSymmetricIdempotent.
Print Assumptions T1_1_AlignmentTendsToActivatedAlignment.
Print Assumptions T1_2_StrongRlaifFollowsGapSign.
Print Assumptions T1_4_ExpectedValueRisesIffActivatedAligned.
Print Assumptions T2_1_CeilingBoundsEveryDirection.
Print Assumptions T2_2_CeilingAttainedByWhitenedValue.
Print Assumptions T2_3_CeilingGrowsWithCapacity.
Print Assumptions T3_1_AdversarialConstitutionExistsUnlessAligned.
Print Assumptions T3_3_HarmfulDirectionActivatedIffLatentLeansToIt.
Print Assumptions T4_1_RankOneConstitutionSuffices.
Print Assumptions T4_2_UpdateRankBoundedByConstitution.
Print Assumptions T4_3_AblationErasesUpdate.
Print Assumptions T5_1_HullLeavesConeEmpty.
Print Assumptions T5_1_MinimumNormConditionsGiveConeDirection.
Print Assumptions T5_3_HullWithLatentLeavesNoImprovingConstitution.
