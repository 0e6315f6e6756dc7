/** The what-if's costly total, computed only when a client selects it, and its summary in words. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WhatIf as WhatIfValue } from "../../analytics/what-if.js";
import { render, type Message } from "../../domain/messages/index.js";
import type { HubContext } from "../../server/context.js";
import { LANGUAGE_ARG, LanguageEnum, languageOf, MessageParam, paramsOf } from "../shared/language.js";
import { WhatIf } from "./what-if.type.js";

function summaryOf(whatIf: WhatIfValue): Message {
  return {
    code: "WHAT_IF_SUMMARY",
    params: {
      approved: whatIf.approved.length,
      closed: whatIf.closedGaps.length,
      opened: whatIf.openedGaps.length,
      newDuplicates: whatIf.newDuplicates.length,
      duplicatesOfApproved: whatIf.duplicatesOfApproved.length,
    },
  };
}

@Resolver(() => WhatIf)
export class WhatIfResolver {
  @FieldResolver(() => Int, {
    description:
      "Gaps of every dimension that would remain (a count over the whole network: ask only when needed)",
  })
  remainingGaps(@Root() whatIf: WhatIfValue): Promise<number> {
    return whatIf.remainingGaps();
  }

  @FieldResolver(() => String, {
    description: "What approval would change, in one sentence, in the language asked for",
  })
  summary(
    @Root() whatIf: WhatIfValue,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    return render(summaryOf(whatIf), languageOf(ctx, language));
  }

  @FieldResolver(() => [MessageParam], {
    description: "The summary's parameters (code WHAT_IF_SUMMARY), for a front-end's own text",
  })
  summaryParams(@Root() whatIf: WhatIfValue): MessageParam[] {
    return paramsOf(summaryOf(whatIf));
  }
}
