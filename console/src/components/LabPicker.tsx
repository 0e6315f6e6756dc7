/** A searchable choice of one joint lab (by its Chinese or English name), every status. */
import { Select } from "antd";
import { useQuery } from "urql";
import { useI18n } from "../i18n";

const LABS = `query LabChoices { jointLabs(first: 500) { edges { node { id name nameEn status } } } }`;

export function LabPicker({ value, onChange }: { value: string | null; onChange(id: string): void }) {
  const { t, tEnum, language } = useI18n();
  const [result] = useQuery<{
    jointLabs: { edges: { node: { id: string; name: string; nameEn?: string | null; status: string } }[] };
  }>({ query: LABS });
  const options = (result.data?.jointLabs.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${language === "en" && node.nameEn ? node.nameEn : node.name}（${tEnum("status", node.status)}）`,
    search: `${node.name} ${node.nameEn ?? ""} ${node.id}`.toLowerCase(),
  }));
  return (
    <Select
      data-testid="lab-picker"
      showSearch
      style={{ width: 520, maxWidth: "100%" }}
      loading={result.fetching}
      placeholder={t("lab.pick")}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      filterOption={(input, option) => (option?.search ?? "").includes(input.toLowerCase())}
    />
  );
}

export default LabPicker;
