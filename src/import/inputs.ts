/**
 * The mutations' own input classes, by label: a new node is checked with its create input (`JointLabInput`
 * …), a node that exists with its patch (`JointLabPatch` …), by class-validator, as the mutations check
 * their arguments (src/modules/shared/payload.ts). Properties an input does not declare (provenance,
 * descriptive extras) are checked by their type in the model only.
 */
import "reflect-metadata";
import { getMetadataStorage, type ClassType } from "type-graphql";
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

const required = new Map<ClassType, string[]>();

/**
 * The fields a create input requires (non-null in its GraphQL type: GraphQL itself refuses an argument
 * without them, before class-validator runs), the nearest declaration of each field counting.
 */
export function requiredFields(Class: ClassType): string[] {
  let names = required.get(Class);
  if (names) return names;
  const fields = getMetadataStorage().fields;
  const seen = new Map<string, boolean>();
  for (
    let target = Class;
    target && target !== Object.prototype.constructor;
    target = Object.getPrototypeOf(target) as ClassType
  ) {
    for (const field of fields)
      if (field.target === target && !seen.has(field.name)) seen.set(field.name, !field.typeOptions.nullable);
  }
  names = [...seen].filter(([, req]) => req).map(([name]) => name);
  required.set(Class, names);
  return names;
}

/** The class-validator violations of a row's values, as the create input (new) or the patch (existing). */
export async function inputViolations(
  label: Label,
  values: Record<string, unknown>,
  existing: boolean,
): Promise<InputViolation[]> {
  const Class = INPUT_CLASSES[label][existing ? "patch" : "input"];
  const missing = existing
    ? []
    : requiredFields(Class)
        .filter((name) => values[name] === undefined)
        .map((property) => ({ property, message: `a new ${label} needs ${property}` }));
  const instance = Object.assign(new Class() as object, values);
  const errors = await validate(instance, { forbidUnknownValues: false });
  return [
    ...missing,
    ...errors
      .filter((e) => !missing.some((m) => m.property === e.property))
      .map((e) => ({
        property: e.property,
        message: Object.values(e.constraints ?? {}).join("; ") || `${e.property} is invalid`,
      })),
  ];
}
