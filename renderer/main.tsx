// First: zod must be jitless before any schema is built (see the module).
import "../shared/zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/sidebar.css";
import "./styles/list.css";
import "./styles/detail.css";
import "./styles/note.css";
import "./styles/annotate.css";
import "./styles/notices.css";
import "./styles/organize.css";
import "./styles/tags.css";
import "./styles/search.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary label="Folio" fullPage>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
