using System.Text.Json.Nodes;

namespace Panther.Rules;

/// <summary>
/// The body of a detection rule: decides whether an event matches and, for a match, describes the alert. Only
/// <see cref="Matches"/> is required; every other function may return <see langword="null"/> to take the fallback
/// (the spec's value, or the title for the dedup key).
/// </summary>
/// <remarks>
/// Implement it in C# for compiled rules; the JavaScript and simple-detection runtimes implement it for their rule
/// files. <see cref="Matches"/> runs for every event of the rule's log types, so it should not allocate. The other
/// functions run only for matches. An exception from any function makes a rule error, never a crash. A pipeline with
/// several workers calls an instance from several threads at once, each with its own event: keep rules stateless.
/// </remarks>
public interface IRule
{
    /// <summary>Decides whether the event matches (the <c>rule</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns><see langword="true"/> for a match.</returns>
    bool Matches(RuleEvent evt);

    /// <summary>Gets the alert title for a matching event (the <c>title</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The title, or <see langword="null"/> for the display name, then the rule id.</returns>
    string? Title(RuleEvent evt) => null;

    /// <summary>Gets the string that groups matches into one alert (the <c>dedup</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The dedup string, or <see langword="null"/> (or empty) to use the title.</returns>
    string? Dedup(RuleEvent evt) => null;

    /// <summary>Gets the alert's severity for this event (the <c>severity</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The severity, or <see langword="null"/> for the spec's.</returns>
    Severity? Severity(RuleEvent evt) => null;

    /// <summary>Gets extra context stored with the match and sent with the alert (<c>alert_context</c>).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>A JSON object, or <see langword="null"/> for none.</returns>
    JsonObject? AlertContext(RuleEvent evt) => null;

    /// <summary>Gets the alert description for this event (the <c>description</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The description, or <see langword="null"/> for the spec's.</returns>
    string? Description(RuleEvent evt) => null;

    /// <summary>Gets the runbook for this event (the <c>runbook</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The runbook, or <see langword="null"/> for the spec's.</returns>
    string? Runbook(RuleEvent evt) => null;

    /// <summary>Gets the reference for this event (the <c>reference</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The reference, or <see langword="null"/> for the spec's.</returns>
    string? Reference(RuleEvent evt) => null;

    /// <summary>Chooses the destinations for this event's alert (the <c>destinations</c> function).</summary>
    /// <param name="evt">The event.</param>
    /// <returns>
    /// Destination ids or names; an empty list, or one entry <c>SKIP</c>, sends nothing; <see langword="null"/> routes
    /// by the spec's overrides, then by severity.
    /// </returns>
    IReadOnlyList<string>? Destinations(RuleEvent evt) => null;
}
