/**
 * The admin's own script, loaded after decap-cms.js (bundled by site/integrations/decap-admin.ts):
 * registers the zod-checked widget, the save gate and the preview templates.
 */
import { contentTypes, type ContentType } from '../content-types.ts';
import { decap } from './decap.ts';
import { registerCheckedWidget } from './formats.ts';
import { CompanyPreview } from './previews/company.ts';
import { PagePreview } from './previews/page.ts';
import { saveGate } from './save-gate.ts';

/**
 * One template per `preview` name in content-types.ts. Hooks for the types that arrive with other
 * branches: add `tariffs`, `offices` and `faq` here (see cms/README.md, «Add a content type»).
 */
const PREVIEWS: Record<NonNullable<ContentType['preview']>, unknown> = {
  page: PagePreview,
  company: CompanyPreview,
};

const { CMS } = decap;
registerCheckedWidget();
CMS.registerEventListener({ name: 'preSave', handler: saveGate(contentTypes) });
// The site's own CSS, taken from a built page, so previews look like the site.
CMS.registerPreviewStyle('/admin/preview.css');
for (const type of contentTypes) {
  if (type.preview) CMS.registerPreviewTemplate(type.name, PREVIEWS[type.preview]);
}
