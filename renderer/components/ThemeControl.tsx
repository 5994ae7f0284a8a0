/** System / Light / Dark: native radios drawn as a segmented control (like the status control). */
import { useId } from "react";
import { THEME_LABELS, THEMES, type Theme } from "../state/useTheme";

interface ThemeControlProps {
  value: Theme;
  onChange(theme: Theme): void;
}

export function ThemeControl({ value, onChange }: ThemeControlProps) {
  const name = useId();
  return (
    <div className="segmented segmented-small theme-control" role="radiogroup" aria-label="Theme">
      {THEMES.map((t) => (
        <label key={t} className="segment">
          <input
            type="radio"
            className="segment-input"
            name={name}
            value={t}
            checked={value === t}
            onChange={() => onChange(t)}
          />
          {THEME_LABELS[t]}
        </label>
      ))}
    </div>
  );
}
