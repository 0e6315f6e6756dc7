/**
 * The console's shell: the language (Chinese first), the GraphQL client, the navigation of the eleven
 * pages and the page of the current hash. Pages load lazily, so the first paint waits for the shell
 * only.
 */
import { ConfigProvider, Layout, Menu, Segmented, Spin, Typography } from "antd";
// antd's ES locales: the CommonJS ones (antd/locale/*), default-imported from this "type": "module"
// package, arrive wrapped in { default } and antd falls back to English (暂无数据 showed as "No data").
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import { lazy, Suspense, useEffect, useMemo, type ComponentType, type LazyExoticComponent } from "react";
import { Provider } from "urql";
import { makeClient } from "./api/client";
import { SessionBanner } from "./components/SessionBanner";
import { useToken } from "./api/token";
import { I18nProvider, useI18n, type Language, type MessageKey } from "./i18n";
import { href, PAGES, useRoute, type PageId } from "./router";

const PAGE_COMPONENTS: Record<PageId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import("./pages/Overview")),
  coverage: lazy(() => import("./pages/Coverage")),
  applications: lazy(() => import("./pages/Applications")),
  "what-if": lazy(() => import("./pages/WhatIf")),
  duplicates: lazy(() => import("./pages/Duplicates")),
  collaboration: lazy(() => import("./pages/Collaboration")),
  lab: lazy(() => import("./pages/LabProfile")),
  live: lazy(() => import("./pages/Live")),
  export: lazy(() => import("./pages/Export")),
  import: lazy(() => import("./pages/Import")),
  "sign-in": lazy(() => import("./pages/SignIn")),
};

export const PAGE_TITLES: Record<PageId, MessageKey> = {
  overview: "nav.overview",
  coverage: "nav.coverage",
  applications: "nav.applications",
  "what-if": "nav.whatIf",
  duplicates: "nav.duplicates",
  collaboration: "nav.collaboration",
  lab: "nav.lab",
  live: "nav.live",
  export: "nav.export",
  import: "nav.import",
  "sign-in": "nav.signIn",
};

function Shell() {
  const { t, language, setLanguage, acceptLanguage } = useI18n();
  const token = useToken();
  const route = useRoute();
  const api = useMemo(() => makeClient({ token, acceptLanguage }), [token, acceptLanguage]);
  useEffect(() => () => api.dispose(), [api]);
  useEffect(() => {
    document.title = `${route.page ? t(PAGE_TITLES[route.page]) : t("common.notFound")} · ${t("app.title")}`;
  }, [route.page, t]);
  const Page = route.page ? PAGE_COMPONENTS[route.page] : null;

  return (
    <ConfigProvider locale={language === "zh" ? zhCN : enUS}>
      <Provider value={api.client}>
        <Layout style={{ minHeight: "100vh" }}>
          <Layout.Sider width={184} theme="light" breakpoint="lg" collapsedWidth={0}>
            <div style={{ padding: "16px 16px 8px" }}>
              <Typography.Text strong>{t("app.title")}</Typography.Text>
            </div>
            <Menu
              data-testid="nav"
              mode="inline"
              selectedKeys={route.page ? [route.page] : []}
              items={PAGES.map((page) => ({
                key: page,
                label: (
                  <a href={href(page)} data-testid={`nav-${page}`}>
                    {t(PAGE_TITLES[page])}
                  </a>
                ),
              }))}
            />
          </Layout.Sider>
          <Layout>
            <Layout.Header
              style={{
                background: "#fff",
                display: "flex",
                alignItems: "center",
                justifyContent: "space-between",
                gap: 16,
                paddingInline: 24,
              }}
            >
              <Typography.Text type="secondary">{t("app.subtitle")}</Typography.Text>
              <span style={{ display: "flex", gap: 16, alignItems: "center" }}>
                <a href="/graphql" target="_blank" rel="noreferrer">
                  {t("app.explorer")}
                </a>
                <Segmented<Language>
                  data-testid="lang-switch"
                  aria-label={t("app.language")}
                  value={language}
                  onChange={setLanguage}
                  options={[
                    { label: <span data-testid="lang-zh">中文</span>, value: "zh" },
                    { label: <span data-testid="lang-en">English</span>, value: "en" },
                  ]}
                />
              </span>
            </Layout.Header>
            <SessionBanner />
            <Layout.Content style={{ padding: 24 }} data-testid={`page-${route.page ?? "not-found"}`}>
              <Typography.Title level={3} style={{ marginTop: 0 }}>
                {route.page ? t(PAGE_TITLES[route.page]) : t("common.notFound")}
              </Typography.Title>
              <Suspense fallback={<Spin tip={t("common.loading")} />}>{Page ? <Page /> : null}</Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </Provider>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
