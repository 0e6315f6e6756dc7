/**
 * The mutations' own input classes, by label: a new node is checked with its create input (`JointLabInput`
 * …), a node that exists with its patch (`JointLabPatch` …), by class-validator, as the mutations check
 * their arguments (src/modules/shared/payload.ts). Properties an input does not declare (provenance,
 * descriptive extras) are checked by their type in the model only.
 */
import "reflect-metadata";
import type { ClassType } from "type-graphql";
import { validate } from "class-validator";
import type { Label } from "../domain/model.js";
import { CityInput, CityPatch } from "../modules/city/city.input.js";
import { DisciplineInput, DisciplinePatch } from "../modules/discipline/discipline.input.js";
import { EnterpriseInput, EnterprisePatch } from "../modules/enterprise/enterprise.input.js";
import { EvaluationInput, EvaluationPatch } from "../modules/evaluation/evaluation.input.js";
import { FieldInput, FieldPatch } from "../modules/field/field.input.js";
import { GovernmentInput, GovernmentPatch } from "../modules/government/government.input.js";
import { InvestorInput, InvestorPatch } from "../modules/investor/investor.input.js";
import { JointLabInput, JointLabPatch } from "../modules/joint-lab/joint-lab.input.js";
import { ParkInput, ParkPatch } from "../modules/park/park.input.js";
import { PersonInput, PersonPatch } from "../modules/person/person.input.js";
import { PlatformInput, PlatformPatch } from "../modules/platform/platform.input.js";
import { ProjectInput, ProjectPatch } from "../modules/project/project.input.js";
import {
  ResearchDirectionInput,
  ResearchDirectionPatch,
} from "../modules/research-direction/research-direction.input.js";
import { StandardInput, StandardPatch } from "../modules/standard/standard.input.js";
import { UniversityInput, UniversityPatch } from "../modules/university/university.input.js";

export const INPUT_CLASSES: Record<Label, { input: ClassType; patch: ClassType }> = {
  JointLab: { input: JointLabInput, patch: JointLabPatch },
  ResearchDirection: { input: ResearchDirectionInput, patch: ResearchDirectionPatch },
  Discipline: { input: DisciplineInput, patch: DisciplinePatch },
  Field: { input: FieldInput, patch: FieldPatch },
  University: { input: UniversityInput, patch: UniversityPatch },
  Enterprise: { input: EnterpriseInput, patch: EnterprisePatch },
  Platform: { input: PlatformInput, patch: PlatformPatch },
  Park: { input: ParkInput, patch: ParkPatch },
  City: { input: CityInput, patch: CityPatch },
  Government: { input: GovernmentInput, patch: GovernmentPatch },
  Person: { input: PersonInput, patch: PersonPatch },
  Investor: { input: InvestorInput, patch: InvestorPatch },
  Standard: { input: StandardInput, patch: StandardPatch },
  Project: { input: ProjectInput, patch: ProjectPatch },
  Evaluation: { input: EvaluationInput, patch: EvaluationPatch },
};

export interface InputViolation {
  property: string;
  message: string;
}

/** The class-validator violations of a row's values, as the create input (new) or the patch (existing). */
export async function inputViolations(
  label: Label,
  values: Record<string, unknown>,
  existing: boolean,
): Promise<InputViolation[]> {
  const Class = INPUT_CLASSES[label][existing ? "patch" : "input"];
  const instance = Object.assign(new Class() as object, values);
  const errors = await validate(instance, { forbidUnknownValues: false });
  return errors.map((e) => ({
    property: e.property,
    message: Object.values(e.constraints ?? {}).join("; ") || `${e.property} is invalid`,
  }));
}
