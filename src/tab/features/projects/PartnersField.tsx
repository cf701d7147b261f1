import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../domain/labels';
import type { Partner } from '../../../domain/records';
import { EnumField, TextField } from '../../components/fields';
import { CountryField } from '../../components/CountryField';
import { Wide } from '../../components/FormSection';
import { useLocale } from '../../components/useLocale';
import type { useRecordForm } from '../../components/useRecordForm';

const useStyles = makeStyles({
  partner: {
    display: 'grid',
    gridTemplateColumns: '2fr 1fr 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Props: the project form, the partners field's name, and read-only state. */
export interface PartnersFieldProps {
  form: ReturnType<typeof useRecordForm>;
  label: string;
  readOnly: boolean;
}

/** The project's partners, one row each (name, country, type), added and removed in place. */
export function PartnersField({ form, label, readOnly }: PartnersFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const partners = (form.values.partners as Partner[] | undefined) ?? [];
  const setPartners = (next: Partner[]) => form.setField('partners', next);
  const setPartner = (index: number, patch: Partial<Partner>) =>
    setPartners(partners.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Wide>
      {partners.map((partner, index) => (
        <div
          key={index}
          className={styles.partner}
          role="group"
          aria-label={`${label} ${index + 1}`}
        >
          <TextField
            label={fieldLabel(locale, 'partner', 'name')}
            value={partner.name}
            onChange={(value) => setPartner(index, { name: value })}
            error={form.errors[`partners[${index}].name`]}
            disabled={readOnly}
          />
          <CountryField
            label={fieldLabel(locale, 'partner', 'country')}
            value={partner.country ?? ''}
            onChange={(country) => setPartner(index, { country })}
            error={form.errors[`partners[${index}].country`]}
            disabled={readOnly}
          />
          <EnumField
            group="partnerType"
            label={fieldLabel(locale, 'partner', 'type')}
            value={partner.type}
            onChange={(type) => setPartner(index, { type })}
            disabled={readOnly}
          />
          {!readOnly && (
            <Button onClick={() => setPartners(partners.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </Button>
          )}
        </div>
      ))}
      {!readOnly && (
        <Button
          onClick={() => setPartners([...partners, { name: '', country: '', type: 'other' }])}
        >
          {t('projects.addPartner')}
        </Button>
      )}
    </Wide>
  );
}
