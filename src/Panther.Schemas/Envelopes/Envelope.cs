namespace Panther.Schemas.Envelopes;

/// <summary>
/// A wrapper that carries events of a log type inside another JSON document. The parser unwraps a matching
/// document and parses each carried event, trying the schema that declares the envelope first.
/// </summary>
/// <remarks>
/// An <see cref="EnvelopeKind.ArrayMember"/> envelope also tells the parser that a whole file may be one such
/// document (<c>{"Records":[...]}</c>); the array is then streamed element by element, never loaded whole.
/// </remarks>
public sealed class Envelope
{
    private Envelope(EnvelopeKind kind, string member)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        Kind = kind;
        Member = member;
    }

    /// <summary>Gets where the events are kept.</summary>
    public EnvelopeKind Kind { get; }

    /// <summary>Gets the name of the member that holds the events.</summary>
    public string Member { get; }

    /// <summary>Gets, for <see cref="EnvelopeKind.EmbeddedJson"/>, the member of each element holding the event
    /// text.</summary>
    public string? MessageMember { get; private init; }

    /// <summary>Gets other members that must be present for a document to match this envelope.</summary>
    public IReadOnlyList<string> RequiredMembers { get; private init; } = [];

    /// <summary>Gets the member that marks a document to skip (a control message), if any.</summary>
    public string? SkipMember { get; private init; }

    /// <summary>Gets the string value of <see cref="SkipMember"/> that marks a document to skip.</summary>
    public string? SkipValue { get; private init; }

    /// <summary>Creates an envelope whose events are the elements of an array member.</summary>
    /// <param name="member">The array member, for example <c>Records</c>.</param>
    /// <returns>The envelope.</returns>
    public static Envelope ArrayMember(string member) => new(EnvelopeKind.ArrayMember, member);

    /// <summary>Creates an envelope whose event is an object member, recognised by other members beside it.</summary>
    /// <param name="member">The member holding the event, for example <c>detail</c>.</param>
    /// <param name="requiredMembers">Members that must also be present, for example <c>detail-type</c>.</param>
    /// <returns>The envelope.</returns>
    public static Envelope ObjectMember(string member, params IEnumerable<string> requiredMembers) =>
        new(EnvelopeKind.ObjectMember, member) { RequiredMembers = [.. requiredMembers] };

    /// <summary>
    /// Creates an envelope whose events are JSON texts held in a member of each element of an array member.
    /// </summary>
    /// <param name="arrayMember">The array member, for example <c>logEvents</c>.</param>
    /// <param name="messageMember">The member of each element holding the event text, for example
    /// <c>message</c>.</param>
    /// <param name="requiredMembers">Members that must also be present, for example <c>messageType</c>.</param>
    /// <returns>The envelope.</returns>
    public static Envelope EmbeddedJson(string arrayMember, string messageMember,
        params IEnumerable<string> requiredMembers)
    {
        ArgumentException.ThrowIfNullOrEmpty(arrayMember);
        ArgumentException.ThrowIfNullOrEmpty(messageMember);
        return new Envelope(EnvelopeKind.EmbeddedJson, arrayMember)
        {
            MessageMember = messageMember,
            RequiredMembers = [.. requiredMembers],
        };
    }

    /// <summary>
    /// Returns a copy that skips documents whose <paramref name="member"/> is the string <paramref name="value"/>,
    /// such as CloudWatch Logs control messages. Skipped documents are counted, not quarantined.
    /// </summary>
    /// <param name="member">The member to test.</param>
    /// <param name="value">The value that marks a document to skip.</param>
    /// <returns>The new envelope.</returns>
    public Envelope SkippingWhen(string member, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        ArgumentNullException.ThrowIfNull(value);
        return new Envelope(Kind, Member)
        {
            MessageMember = MessageMember,
            RequiredMembers = RequiredMembers,
            SkipMember = member,
            SkipValue = value,
        };
    }
}
