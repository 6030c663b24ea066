// The Page access token form: checked with the domain's schema, sent once, never kept in
// the app's state after sending (the field is cleared), never shown back.
import { ZConnectFacebookInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { errorMessage, type FieldErrors, zodFieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { FB } from './facebook-messages';

interface ConnectFormProps {
  facebookPageId: string;
  onDone: (message: string) => void;
}

export function ConnectForm({ facebookPageId, onDone }: ConnectFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const connect = useMutation(trpc.facebook.connect.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZConnectFacebookInput.safeParse({ facebookPageId, accessToken: token });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    try {
      await connect.mutateAsync(parsed.data);
      setToken('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.facebook.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      ]);
      onDone(t(FB.connected));
    } catch (failure) {
      setError(errorMessage(failure, lang));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        name="accessToken"
        label={t(FB.token)}
        hint={t(FB.tokenHint)}
        error={errors.accessToken}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={connect.isPending}>
          {t(FB.save)}
        </button>
      </div>
    </form>
  );
}
