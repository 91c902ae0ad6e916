/**
 * `es-yaml`: a value Decap has no form for (a choice between shapes such as a timetable or «24/7»,
 * or a free map) edited as YAML text. Text that is not YAML is refused under the field; the shape
 * itself is checked by the content type's zod schema at save (save-gate.ts).
 */
import { parse, stringify } from 'yaml';
import { decap, type ControlProps, type Validity } from './decap.ts';

interface YamlControlProps extends ControlProps {
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
}

interface YamlControl {
  props: YamlControlProps;
  state: { text: string; error: string | null };
  setState: (state: { text: string; error: string | null }) => void;
}

/** Decap hands loaded values around as Immutable.js structures, typed ones as plain values. */
function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const plain =
    typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
  return stringify(plain).trimEnd();
}

/** The value of the text, or the Russian reason it is not YAML. */
export function parseYamlField(text: string): { value: unknown } | { error: string } {
  try {
    return { value: text.trim() === '' ? undefined : (parse(text) as unknown) };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return { error: `Текст не читается как YAML: ${reason}. Проверьте отступы и двоеточия` };
  }
}

export function registerYamlWidget(): void {
  const { CMS, createClass, h } = decap;
  const control = createClass({
    getInitialState(this: YamlControl) {
      return { text: toText(this.props.value), error: null };
    },
    isValid(this: YamlControl): Validity {
      return this.state.error ? { error: { message: this.state.error } } : true;
    },
    handleChange(this: YamlControl, event: { target: { value: string } }) {
      const text = event.target.value;
      const result = parseYamlField(text);
      this.setState({ text, error: 'error' in result ? result.error : null });
      if ('value' in result) this.props.onChange(result.value);
    },
    render(this: YamlControl & { handleChange: unknown }) {
      return h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        onChange: this.handleChange,
        rows: Math.min(20, Math.max(3, this.state.text.split('\n').length + 1)),
        spellCheck: false,
        style: { fontFamily: 'monospace' },
      });
    },
  });
  const preview = ({ value }: { value?: unknown }) => h('pre', null, toText(value));
  CMS.registerWidget('es-yaml', control, preview);
}
