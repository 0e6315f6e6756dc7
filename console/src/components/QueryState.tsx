/**
 * What a page shows while its query runs or when it fails: a spinner, or the hub's message with its
 * code. Children render once there is data.
 */
import { Alert, Spin } from "antd";
import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { refusalText } from "../api/refusal";
import { useSession } from "../api/session";
import { useI18n } from "../i18n";

export function errorText(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.code;
    return typeof code === "string" ? `${first.message} (${code})` : first.message;
  }
  return error.networkError?.message ?? error.message;
}

export function QueryState(props: {
  fetching: boolean;
  error?: CombinedError;
  hasData: boolean;
  children: () => ReactNode;
}) {
  const { t, tEnum } = useI18n();
  const session = useSession();
  if (props.error && !props.hasData)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="query-error"
        message={
          refusalText(props.error, t, tEnum, session.user?.role ?? null) ??
          t("common.error", { message: errorText(props.error) })
        }
      />
    );
  if (!props.hasData) return <Spin tip={t("common.loading")} data-testid="loading" />;
  return <>{props.children()}</>;
}
