/** Placeholder until the page is written. */
import { Typography } from "antd";
import { useI18n } from "../i18n";

export default function Overview() {
  const { t } = useI18n();
  return <Typography.Paragraph data-testid="placeholder">{t("common.placeholder")}</Typography.Paragraph>;
}
