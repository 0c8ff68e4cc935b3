namespace Panther.Schemas.Envelopes;

/// <summary>Where an envelope keeps the events it carries.</summary>
public enum EnvelopeKind
{
    /// <summary>An array member whose elements are events, like CloudTrail's <c>{"Records":[...]}</c>.</summary>
    ArrayMember,

    /// <summary>An object member that is the event, like EventBridge's <c>detail</c>.</summary>
    ObjectMember,

    /// <summary>
    /// An array member whose elements hold each event as a JSON string in a member, like CloudWatch Logs
    /// subscription messages (<c>logEvents[].message</c>).
    /// </summary>
    EmbeddedJson,
}
