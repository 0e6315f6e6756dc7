/** The what-if's costly total, computed only when a client selects it. */
import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WhatIf as WhatIfValue } from "../../analytics/what-if.js";
import { WhatIf } from "./what-if.type.js";

@Resolver(() => WhatIf)
export class WhatIfResolver {
  @FieldResolver(() => Int, {
    description:
      "Gaps of every dimension that would remain (a count over the whole network: ask only when needed)",
  })
  remainingGaps(@Root() whatIf: WhatIfValue): Promise<number> {
    return whatIf.remainingGaps();
  }
}
