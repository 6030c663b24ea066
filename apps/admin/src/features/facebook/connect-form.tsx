// The Page access token form: checked with the domain's schema, sent once, never kept in
// the app's state after sending (the field is cleared), never shown back. On the shared
// form layer (decision 30), like every other form.
import { ZConnectFacebookInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { FB } from './facebook-messages';

interface ConnectFormProps {
  facebookPageId: string;
  onDone: (message: string) => void;
}

const EMPTY = { accessToken: '' };

export function ConnectForm({ facebookPageId, onDone }: ConnectFormProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const connect = useMutation(trpc.facebook.connect.mutationOptions());
  const cf = useSchemaForm({
    defaultValues: EMPTY,
    check: (v) => check(ZConnectFacebookInput, { ...v, facebookPageId }, connect.mutateAsync),
    onSaved: async () => {
      cf.form.reset(EMPTY);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.facebook.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      ]);
      onDone(t(FB.connected));
    },
  });

  return (
    <form onSubmit={cf.onSubmit} noValidate>
      <FormAlert message={cf.formError} />
      <Field
        name="accessToken"
        label={t(FB.token)}
        hint={t(FB.tokenHint)}
        error={cf.errors.accessToken}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={cf.values.accessToken}
            onChange={(e) => cf.update({ accessToken: e.target.value })}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={cf.isSubmitting}>
          {t(FB.save)}
        </button>
      </div>
    </form>
  );
}
