import { Field as GqlField, ID, ObjectType } from "type-graphql";
import { FieldKind } from "../../domain/enums.js";
import { Provenance } from "../shared/provenance.js";

@ObjectType("Field", { description: "A focus field of R6 or an industry field" })
export class FieldNode extends Provenance {
  @GqlField(() => ID)
  code!: string;

  @GqlField(() => String)
  name!: string;

  @GqlField(() => String, { nullable: true })
  nameEn?: string | null;

  @GqlField(() => FieldKind)
  kind!: FieldKind;
}
