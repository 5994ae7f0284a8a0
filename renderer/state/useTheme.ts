/**
 * The theme override: System (follow the OS), Light or Dark, kept in the core's settings and applied
 * as `data-theme` on <html>; the stylesheets pick their colors with `light-dark()` from `color-scheme`.
 */
import { useCallback, useEffect, useState } from "react";
import type { Settings } from "../../shared/api/contract";
import { methodSchemas } from "../../shared/api/schemas";
import { folio } from "../api/bridge";
import { useNotices } from "./notices";
import type { Actions } from "./useActions";

export type Theme = Settings["theme"];

export const THEMES: readonly Theme[] = methodSchemas.setSettings.shape.theme.options;

export const THEME_LABELS: Readonly<Record<Theme, string>> = { system: "System", light: "Light", dark: "Dark" };

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function useTheme(actions: Actions): [Theme, (theme: Theme) => void] {
  const { reportError } = useNotices();
  const [theme, setTheme] = useState<Theme>("system");

  useEffect(() => {
    let live = true;
    folio.getSettings({}).then(
      (s) => {
        if (!live) return;
        setTheme(s.theme);
        apply(s.theme);
      },
      (err: unknown) => reportError(err, "Loading the settings failed"),
    );
    return () => {
      live = false;
    };
  }, [reportError]);

  const choose = useCallback(
    (next: Theme) => {
      setTheme(next);
      apply(next);
      void actions.write("setSettings", { theme: next }, "Saving the theme failed");
    },
    [actions],
  );

  return [theme, choose];
}
