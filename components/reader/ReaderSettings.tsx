import {
  FONT_SIZES_PX, LINE_HEIGHTS, canStepFontSize, stepFontSize, stepLineHeight,
  type ReaderFont, type ReaderPrefs, type ReaderTheme, type ReaderWidth,
} from '@/lib/reader/prefs/reader-prefs';
import { ChoiceGroup, type ChoiceOption } from './ChoiceGroup';
import { StepperControl } from './StepperControl';

export interface ReaderSettingsProps {
  prefs: ReaderPrefs;
  onPrefsChange(next: ReaderPrefs): void;
}

const THEMES: ChoiceOption<ReaderTheme>[] = [
  { value: 'light', label: 'Light' }, { value: 'sepia', label: 'Sepia' }, { value: 'dark', label: 'Dark' },
  { value: 'auto', label: '◐ Auto', title: 'Auto: follow the system setting' },
];
const FONTS: ChoiceOption<ReaderFont>[] = [{ value: 'serif', label: 'Serif' }, { value: 'sans', label: 'Sans-serif' }];
const WIDTHS: ChoiceOption<ReaderWidth>[] = [
  { value: 'narrow', label: 'Narrow' }, { value: 'medium', label: 'Medium' }, { value: 'wide', label: 'Wide' },
];

/** The "Aa" panel: text size, line spacing, typeface, width and theme. Changes go out through onPrefsChange. */
export function ReaderSettings({ prefs, onPrefsChange }: ReaderSettingsProps) {
  const set = (patch: Partial<ReaderPrefs>) => onPrefsChange({ ...prefs, ...patch });
  const lineSteps = LINE_HEIGHTS.length - 1;
  return (
    <div class="mh-settings__panel" data-testid="reader-settings">
      <StepperControl
        label="Text size" valueText={`${FONT_SIZES_PX[prefs.fontSizeStep] ?? ''} px`} testId="reader-font-size"
        canDecrease={canStepFontSize(prefs, -1)} canIncrease={canStepFontSize(prefs, 1)}
        decreaseLabel="Smaller text (−)" increaseLabel="Larger text (+)"
        onStep={(delta) => onPrefsChange(stepFontSize(prefs, delta))}
      />
      <StepperControl
        label="Line spacing" valueText={String(LINE_HEIGHTS[prefs.lineHeightStep] ?? '')} testId="reader-line-height"
        canDecrease={prefs.lineHeightStep > 0} canIncrease={prefs.lineHeightStep < lineSteps}
        decreaseLabel="Tighter lines" increaseLabel="Looser lines"
        onStep={(delta) => onPrefsChange(stepLineHeight(prefs, delta))}
      />
      <ChoiceGroup label="Typeface" options={FONTS} selected={prefs.font} onSelect={(font) => set({ font })} testId="reader-font" />
      <ChoiceGroup label="Width" options={WIDTHS} selected={prefs.width} onSelect={(width) => set({ width })} testId="reader-width" />
      <ChoiceGroup label="Theme" options={THEMES} selected={prefs.theme} onSelect={(theme) => set({ theme })} testId="reader-theme" />
    </div>
  );
}
