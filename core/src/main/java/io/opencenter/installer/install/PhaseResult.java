package io.opencenter.installer.install;

/**
 * How one phase ended.
 *
 * @param state   DONE, FAILED or CANCELLED
 * @param detail  the phase line's detail ("5 created, 2 already there", "3 error(s)")
 * @param message one line for the user when the install stops here: what happened and what to do next
 */
public record PhaseResult(PhaseState state, String detail, String message) {

    public static PhaseResult done(String detail, String message) {
        return new PhaseResult(PhaseState.DONE, detail, message);
    }

    public static PhaseResult failed(String detail) {
        return new PhaseResult(PhaseState.FAILED, detail, detail);
    }

    public static PhaseResult failed(String detail, String message) {
        return new PhaseResult(PhaseState.FAILED, detail, message);
    }

    public static PhaseResult cancelled(String detail, String message) {
        return new PhaseResult(PhaseState.CANCELLED, detail, message);
    }
}
