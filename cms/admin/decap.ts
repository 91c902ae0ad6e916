/**
 * The few globals decap-cms.js defines that our admin code uses, typed narrowly.
 * @see https://decapcms.org/docs/customization/
 */

/** Decap hands entries around as Immutable.js maps; we only read them. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): unknown;
}

export type Element = unknown;
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => Element;
}

export interface ControlProps {
  value?: unknown;
  field: ImmutableMap;
}

/**
 * What a control's isValid() may answer (Decap shows the message under the field; `parentIds`
 * marks the list items and groups around the field as having an error).
 */
export type Validity =
  true | { error: { message: string; type?: 'CUSTOM'; parentIds?: ReadonlyArray<string | undefined> | undefined } };

export interface Decap {
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getWidget(name: string): { control: unknown; preview: unknown };
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  getLocale(locale: string): unknown;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile: (text: string) => Record<string, unknown>;
      toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string;
    },
  ): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

interface DecapWindow {
  CMS: Decap;
  h: CreateElement;
  createClass: (spec: Record<string, unknown>) => unknown;
}

export const decap = globalThis as unknown as DecapWindow;

/** The entry's data as plain objects, for zod. */
export function entryData(entry: ImmutableMap): Record<string, unknown> {
  const data = entry.get('data') as ImmutableMap | undefined;
  return (data?.toJS() ?? {}) as Record<string, unknown>;
}
