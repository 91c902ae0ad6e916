/**
 * The admin's own script, loaded after decap-cms.js (bundled by cms/build/decap-admin.ts):
 * registers the zod-checked and YAML widgets, the rules across fields at their fields, the save
 * gate and the preview templates.
 */
import { contentTypes, type ContentType } from '../content-types.ts';
import { decap } from './decap.ts';
import { registerEntryRules } from './entry-rules.ts';
import { registerFileFormats } from './file-formats.ts';
import { registerCheckedWidget } from './formats.ts';
import { registerRussian } from './russian.ts';
import { CompanyPreview } from './previews/company.ts';
import { FaqPreview } from './previews/faq.ts';
import { OfficesPreview } from './previews/offices.ts';
import { PagePreview } from './previews/page.ts';
import { TariffsPreview } from './previews/tariffs.ts';
import { saveGate } from './save-gate.ts';
import { registerYamlWidget } from './yaml-widget.ts';

/** One template per `preview` name in content-types.ts. */
const PREVIEWS: Record<NonNullable<ContentType['preview']>, unknown> = {
  page: PagePreview,
  company: CompanyPreview,
  tariffs: TariffsPreview,
  offices: OfficesPreview,
  faq: FaqPreview,
};

const { CMS } = decap;
registerRussian();
registerFileFormats();
registerCheckedWidget();
registerYamlWidget();
// Last: it wraps the widgets registered above.
registerEntryRules(contentTypes);
CMS.registerEventListener({ name: 'preSave', handler: saveGate(contentTypes) });
// The site's own CSS, taken from a built page, so previews look like the site.
CMS.registerPreviewStyle('/admin/preview.css');
for (const type of contentTypes) {
  if (type.preview) CMS.registerPreviewTemplate(type.name, PREVIEWS[type.preview]);
}
