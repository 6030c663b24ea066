// A field's (or a group's) error, with the warning sign hidden from screen readers: the
// control points at it with aria-describedby, so it is read with the control.
export function FieldError({ id, message }: { id?: string | undefined; message: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
