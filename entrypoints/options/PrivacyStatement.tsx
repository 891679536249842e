/** What Masthead does with the reader's choice, stated on the settings page. */
export function PrivacyStatement() {
  return (
    <section>
      <h2>Privacy</h2>
      <p data-testid="privacy-statement">
        Your choice is stored only in this browser, in the extension’s local storage. Masthead never guesses where you
        are from your language, time zone or network, makes no network requests of its own, and keeps no reading
        history.
      </p>
    </section>
  );
}
