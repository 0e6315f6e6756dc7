import { Field, ID, Int, ObjectType } from "type-graphql";
import { LabStatus, LegalForm } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";
import { LocalDate, SafeInt } from "../shared/scalars.js";

@ObjectType({
  description: "A Provincial Engineering Technology Joint Laboratory, or an application for one",
})
export class JointLab extends Provenance {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => LabStatus)
  status!: LabStatus;

  @Field(() => LegalForm, { nullable: true, description: "R12" })
  legalForm?: LegalForm | null;

  @Field(() => Boolean, { nullable: true, description: "R12: located on the lead university's campus" })
  onCampus?: boolean | null;

  @Field(() => SafeInt, { nullable: true, description: "R8: new investment, CNY" })
  investmentCny?: number | null;

  @Field(() => Int, { nullable: true, description: "R9: construction period, years" })
  constructionYears?: number | null;

  @Field(() => Int, { nullable: true, description: "R11: planned staff" })
  staffPlanned?: number | null;

  @Field(() => Int, { nullable: true, description: "R11: actual staff" })
  staffActual?: number | null;

  @Field(() => LocalDate, { nullable: true })
  appliedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  approvedOn?: string | null;
}
