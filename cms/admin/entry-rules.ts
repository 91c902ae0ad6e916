/**
 * Rules over several fields (a period ends after it starts, a break lies inside working hours, a
 * consumer group is filled in whole, at least one 8-800 phone, no repeated codes) are zod
 * refinements of an object, a list or the file, while Decap checks one field at a time. Here every
 * control of the form runs the entry's whole schema (once per version of the entry) and shows,
 * under itself, what zod reports at its own path, so the editor sees each rule at its field and
 * the save gate's panel keeps only what no field owns.
 *
 * Decap does not tell a control where its value sits in the entry; it gives `parentIds`, the ids
 * of the object and list controls around it and the keys of list items. Object and list controls
 * register here by id, so a path is read back from those ids.
 */
import type { ContentType } from '../content-types.ts';
import { decap, entryData, type ControlProps, type ImmutableMap, type Validity } from './decap.ts';
import { entryIssues } from './save-gate.ts';

export type Path = ReadonlyArray<string | number>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** How much of the entry a control answers for. */
export type Reach =
  /** A form field: problems at its own path. */
  | 'field'
  /** A list: its own problems and those of an item as a whole («Запись 2: …»). */
  | 'list'
  /** A YAML text field: everything inside its value, which has no fields of its own. */
  | 'subtree';

const startsWith = (path: readonly PropertyKey[], prefix: Path) => prefix.every((key, index) => path[index] === key);

/** The messages a control at `path` shows. */
export function problemsAt(issues: readonly Issue[], path: Path, reach: Reach): string[] {
  return issues.flatMap((issue) => {
    if (!startsWith(issue.path, path)) return [];
    const below = issue.path.slice(path.length);
    if (below.length === 0) return [issue.message];
    if (reach === 'subtree') return [issue.message];
    if (reach === 'list' && below.length === 1 && typeof below[0] === 'number') {
      return [`Запись ${String(below[0] + 1)}: ${issue.message}`];
    }
    return [];
  });
}

interface Container {
  name: string;
  /** A list's item keys in order (Decap's ListControl state); none for an object. */
  itemKeys?: () => readonly string[];
  /** A list of plain values: its item is the value itself, not a field inside an object. */
  plainItems?: boolean;
}

/** Object and list controls now on screen, by their Decap id. */
const containers = new Map<string, Container>();

/** The path of a field named `name` inside the controls `parentIds`. */
export function pathOf(parentIds: ReadonlyArray<string | undefined>, name: string): Path {
  const path: Array<string | number> = [];
  let plainItem = false;
  for (let index = 0; index < parentIds.length; index += 1) {
    const id = parentIds[index];
    const container = id === undefined ? undefined : containers.get(id);
    if (!container) continue;
    path.push(container.name);
    plainItem = false;
    if (container.itemKeys) {
      index += 1;
      path.push(container.itemKeys().indexOf(parentIds[index] ?? ''));
      plainItem = container.plainItems === true;
    }
  }
  return plainItem ? path : [...path, name];
}

/** zod's issues with the entry, computed once per version of its data. */
const issuesByData = new WeakMap<object, readonly Issue[]>();

function currentIssues(types: readonly ContentType[], entry: ImmutableMap | undefined): readonly Issue[] {
  const type = types.find((candidate) => candidate.name === entry?.get('collection'));
  const data = entry?.get('data');
  if (!type || !entry || typeof data !== 'object' || data === null) return [];
  let issues = issuesByData.get(data);
  if (!issues) {
    issues = entryIssues(type, entryData(entry));
    issuesByData.set(data, issues);
  }
  return issues;
}

interface RuleProps extends ControlProps {
  forID: string;
  parentIds?: ReadonlyArray<string | undefined>;
  getEntry?: () => ImmutableMap;
  entry?: ImmutableMap;
  onValidateObject: (id: string, errors: unknown[]) => void;
  classNameWrapper?: unknown;
  hasActiveStyle?: unknown;
}

interface Inner {
  isValid?: () => Validity | false;
  validate?: () => void;
  focus?: (path: string) => void;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: RuleProps) => boolean;
  inner?: Inner;
  state?: { keys?: readonly string[] };
}

interface RuleControl {
  props: RuleProps;
  inner?: Inner | undefined;
}

/** The item keys of Decap's ListControl, found through the wrappers around it. */
function listKeys(control: Inner | undefined): readonly string[] {
  let node = control;
  while (node && !Array.isArray(node.state?.keys)) node = node.inner;
  return node?.state?.keys ?? [];
}

/** Decap's own checks of a field (required, pattern) say it already: no second message. */
function decapRefuses(field: ImmutableMap, value: unknown): boolean {
  const empty = value === undefined || value === null || value === '';
  if (empty) return field.get('required') !== false;
  const pattern = field.get('pattern') as { first(): string } | undefined;
  return pattern !== undefined && typeof value === 'string' && !new RegExp(pattern.first()).test(value);
}

function rulesOf(this: RuleControl, types: readonly ContentType[], reach: Reach): string[] {
  const { field, parentIds = [], getEntry, entry } = this.props;
  const issues = currentIssues(types, getEntry?.() ?? entry);
  return problemsAt(issues, pathOf(parentIds, String(field.get('name'))), reach);
}

/** A field's own control with the rules across fields at its path (or inside it, for YAML). */
function fieldControl(types: readonly ContentType[], inner: unknown, reach: Reach): unknown {
  const { createClass, h } = decap;
  return createClass({
    setInner(this: RuleControl, control: Inner | null) {
      this.inner = control ?? undefined;
    },
    // Decap's Widget takes these from the control it renders: pass on the inner control's.
    shouldComponentUpdate(this: RuleControl, next: RuleProps) {
      const own = this.inner?.shouldComponentUpdate;
      if (own) return own.call(this.inner, next);
      const { value, classNameWrapper, hasActiveStyle } = this.props;
      return (
        next.value !== value || next.classNameWrapper !== classNameWrapper || next.hasActiveStyle !== hasActiveStyle
      );
    },
    getValidateValue(this: RuleControl) {
      return this.inner?.getValidateValue?.() ?? this.props.value;
    },
    isValid(this: RuleControl): Validity | false {
      const own = this.inner?.isValid?.() ?? true;
      if (own !== true || decapRefuses(this.props.field, this.props.value)) return own;
      const messages = rulesOf.call(this, types, reach);
      if (messages.length === 0) return true;
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: messages.join(' ') } };
    },
    render(this: RuleControl & { setInner: unknown }) {
      return h(inner, { ...(this.props as unknown as Record<string, unknown>), ref: this.setInner });
    },
  });
}

/**
 * An object or list control with the rules over the whole group at its path. Decap validates a
 * group through the control's validate() and stores its errors with onValidateObject(id, …).
 */
function groupControl(types: readonly ContentType[], inner: unknown, isList: boolean): unknown {
  const { createClass, h } = decap;
  return createClass({
    // Decap's object and list controls re-render on every change of the entry; so must this one.
    shouldComponentUpdate: () => true,
    setInner(this: RuleControl, control: Inner | null) {
      this.inner = control ?? undefined;
    },
    componentWillUnmount(this: RuleControl) {
      containers.delete(this.props.forID);
    },
    /** Errors stored for this group get the group's rules added (Decap's list stores its size). */
    report(this: RuleControl, id: string, errors: unknown[]) {
      const own =
        id === this.props.forID
          ? rulesOf
              .call(this, types, isList ? 'list' : 'field')
              .map((message) => ({ type: 'CUSTOM', parentIds: this.props.parentIds, message }))
          : [];
      this.props.onValidateObject(id, [...errors, ...own]);
    },
    validate(this: RuleControl & { report: (id: string, errors: unknown[]) => void }) {
      this.inner?.validate?.();
      if (!isList) this.report(this.props.forID, []);
    },
    focus(this: RuleControl, path: string) {
      this.inner?.focus?.(path);
    },
    render(this: RuleControl & { setInner: unknown; report: unknown }) {
      const { field, forID } = this.props;
      containers.set(forID, {
        name: String(field.get('name')),
        ...(isList && { itemKeys: () => listKeys(this.inner), plainItems: field.get('field') !== undefined }),
      });
      return h(inner, {
        ...(this.props as unknown as Record<string, unknown>),
        ref: this.setInner,
        onValidateObject: this.report,
      });
    },
  });
}

/** Field widgets whose values zod refinements point at; `es-yaml` answers for all inside it. */
const FIELD_WIDGETS = ['string', 'text', 'select', 'es-checked', 'es-number'] as const;

/** Wraps the registered widgets (call after every other widget is registered). */
export function registerEntryRules(types: readonly ContentType[]): void {
  const { CMS } = decap;
  const wrap = (name: string, control: (inner: unknown) => unknown) => {
    const widget = CMS.getWidget(name);
    CMS.registerWidget(name, control(widget.control), widget.preview);
  };
  for (const name of FIELD_WIDGETS) wrap(name, (inner) => fieldControl(types, inner, 'field'));
  wrap('es-yaml', (inner) => fieldControl(types, inner, 'subtree'));
  wrap('object', (inner) => groupControl(types, inner, false));
  wrap('list', (inner) => groupControl(types, inner, true));
}
