/**
 * Decap's Russian, corrected: list headers agree with the number («7 периодов», not «7 периоды»)
 * and «Добавить период» takes the accusative, from the item names in ../list-items.ts; a few of
 * Decap's own Russian strings that are wrong (a Latin «C» in «Статус», missing «ё», a typo) are
 * replaced.
 */
import { itemsWord, type ItemForms } from '../list-items.ts';
import { decap, type ControlProps } from './decap.ts';

type Phrases = Record<string, unknown>;

/** Our replacements, by Decap's phrase key. */
export const PHRASE_FIXES: Record<string, string> = {
  'editor.editorToolbar.unsavedChanges': 'Несохранённые изменения',
  'editor.editorToolbar.status': 'Статус: %{status}',
  'editor.editorToolbar.backCollection': 'Раздел «%{collectionLabel}»',
  'editor.editor.onUpdatingWithUnsavedChanges': 'Есть несохранённые изменения: сохраните их, прежде чем менять статус.',
  'editor.editor.onPublishingWithUnsavedChanges': 'Есть несохранённые изменения: сохраните их перед публикацией.',
  'editor.editor.onDeleteWithUnsavedChanges':
    'Удалить эту опубликованную запись и несохранённые изменения, сделанные сейчас?',
  'editor.editor.onDeleteUnpublishedChangesWithUnsavedChanges':
    'Будут удалены все неопубликованные изменения этой записи и несохранённые изменения, сделанные сейчас. Удалить?',
  'editor.editor.onDeleteUnpublishedChanges': 'Все неопубликованные изменения этой записи будут удалены. Удалить?',
  'editor.editor.confirmLoadBackup':
    'Для этой записи сохранилась локальная копия несохранённых изменений. Восстановить её?',
  'editor.editorWidgets.markdown.bold': 'Полужирный',
  'editor.editorWidgets.image.addMore': 'Добавить ещё изображения',
};

function withFixes(phrases: Phrases): Phrases {
  const fixed = structuredClone(phrases);
  for (const [key, text] of Object.entries(PHRASE_FIXES)) {
    const path = key.split('.');
    let node: Phrases = fixed;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Phrases;
    node[path.at(-1) ?? ''] = text;
  }
  return fixed;
}

interface ListProps extends ControlProps {
  value?: { size?: number } | null;
  t: (key: string, options?: Record<string, unknown>) => string;
}

/** Decap's list widget with the item name that fits the number of items. */
function registerListWidget(): void {
  const { CMS, createClass, h } = decap;
  const list = CMS.getWidget('list');
  interface Inner {
    validate?: () => void;
    focus?: (path: string) => void;
  }
  const control = createClass({
    // Decap's list re-renders on every change of the entry; so must its wrapper.
    shouldComponentUpdate: () => true,
    // Decap validates a list's items through the control's own validate(), and focuses a field
    // inside it through focus(): both must reach Decap's list, not stop at this wrapper.
    setInner(this: { inner?: Inner | undefined }, inner: Inner | null) {
      this.inner = inner ?? undefined;
    },
    validate(this: { inner?: Inner }) {
      this.inner?.validate?.();
    },
    focus(this: { inner?: Inner }, path: string) {
      this.inner?.focus?.(path);
    },
    render(this: { props: ListProps; setInner: unknown }) {
      const { field, value, t } = this.props;
      const forms = (field.get('item_forms') as { toJS(): ItemForms } | undefined)?.toJS();
      const props = { ...(this.props as unknown as Record<string, unknown>), ref: this.setInner };
      if (!forms) return h(list.control, props);
      const count = value?.size ?? 0;
      const word = itemsWord(forms, count);
      // Decap prints «<count> <label>», using label_singular for exactly one item.
      const named = field.set('label', word).set('label_singular', word);
      const add = forms.add ?? forms.one;
      const translate = (key: string, options?: Record<string, unknown>) =>
        key === 'editor.editorWidgets.list.add' ? `Добавить ${add}` : t(key, options);
      return h(list.control, { ...props, field: named, t: translate });
    },
  });
  CMS.registerWidget('list', control, list.preview);
}

export function registerRussian(): void {
  const { CMS } = decap;
  CMS.registerLocale('ru', withFixes(CMS.getLocale('ru') as Phrases));
  registerListWidget();
}
