// The message at the top of a form (what the server said, errors no field shows).
export function FormAlert({ message }: { message: string | null }) {
  return message ? (
    <p className="alert" role="alert">
      {message}
    </p>
  ) : null;
}
