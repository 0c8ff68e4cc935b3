using Panther.Schemas.Envelopes;

namespace Panther.Schemas.Tests.Envelopes;

public class EnvelopeTests
{
    [Fact]
    public void An_array_member_envelope_names_only_its_member()
    {
        var envelope = Envelope.ArrayMember("Records");

        Assert.Equal(EnvelopeKind.ArrayMember, envelope.Kind);
        Assert.Equal("Records", envelope.Member);
        Assert.Null(envelope.MessageMember);
        Assert.Empty(envelope.RequiredMembers);
        Assert.Null(envelope.SkipMember);
        Assert.Null(envelope.SkipValue);
    }

    [Fact]
    public void An_object_member_envelope_keeps_its_required_members_in_order()
    {
        var envelope = Envelope.ObjectMember("detail", "detail-type", "source");

        Assert.Equal(EnvelopeKind.ObjectMember, envelope.Kind);
        Assert.Equal("detail", envelope.Member);
        Assert.Equal(["detail-type", "source"], envelope.RequiredMembers);
        Assert.Null(envelope.MessageMember);
        Assert.Null(envelope.SkipMember);
    }

    [Fact]
    public void An_embedded_json_envelope_keeps_its_message_member_and_required_members()
    {
        var envelope = Envelope.EmbeddedJson("logEvents", "message", "messageType", "owner");

        Assert.Equal(EnvelopeKind.EmbeddedJson, envelope.Kind);
        Assert.Equal("logEvents", envelope.Member);
        Assert.Equal("message", envelope.MessageMember);
        Assert.Equal(["messageType", "owner"], envelope.RequiredMembers);
        Assert.Null(envelope.SkipMember);
    }

    [Fact]
    public void Factories_reject_an_empty_member()
    {
        Assert.Throws<ArgumentException>(() => Envelope.ArrayMember(""));
        Assert.Throws<ArgumentNullException>(() => Envelope.ArrayMember(null!));
        Assert.Throws<ArgumentException>(() => Envelope.ObjectMember("", "source"));
        Assert.Throws<ArgumentException>(() => Envelope.EmbeddedJson("", "message"));
    }

    [Fact]
    public void An_embedded_json_envelope_rejects_an_empty_message_member()
    {
        var ex = Assert.Throws<ArgumentException>(() => Envelope.EmbeddedJson("logEvents", ""));

        Assert.Equal("messageMember", ex.ParamName);
    }

    [Fact]
    public void An_embedded_json_envelope_names_the_array_member_parameter_when_it_is_empty()
    {
        var ex = Assert.Throws<ArgumentException>(() => Envelope.EmbeddedJson("", "message"));

        Assert.Equal("arrayMember", ex.ParamName);
    }

    [Fact]
    public void Skipping_when_returns_a_copy_with_the_skip_rule_and_everything_else()
    {
        var original = Envelope.EmbeddedJson("logEvents", "message", "messageType");

        var skipping = original.SkippingWhen("messageType", "CONTROL_MESSAGE");

        Assert.NotSame(original, skipping);
        Assert.Equal(EnvelopeKind.EmbeddedJson, skipping.Kind);
        Assert.Equal("logEvents", skipping.Member);
        Assert.Equal("message", skipping.MessageMember);
        Assert.Equal(["messageType"], skipping.RequiredMembers);
        Assert.Equal("messageType", skipping.SkipMember);
        Assert.Equal("CONTROL_MESSAGE", skipping.SkipValue);
    }

    [Fact]
    public void Skipping_when_leaves_the_original_unchanged()
    {
        var original = Envelope.ObjectMember("detail", "detail-type");

        _ = original.SkippingWhen("detail-type", "Heartbeat");

        Assert.Null(original.SkipMember);
        Assert.Null(original.SkipValue);
        Assert.Equal(["detail-type"], original.RequiredMembers);
    }

    [Fact]
    public void A_second_skipping_when_replaces_the_first_rule()
    {
        var envelope = Envelope.ArrayMember("Records").SkippingWhen("kind", "a").SkippingWhen("type", "b");

        Assert.Equal("type", envelope.SkipMember);
        Assert.Equal("b", envelope.SkipValue);
        Assert.Equal(EnvelopeKind.ArrayMember, envelope.Kind);
        Assert.Equal("Records", envelope.Member);
    }

    [Fact]
    public void Skipping_when_accepts_an_empty_value_but_not_an_empty_member()
    {
        var envelope = Envelope.ArrayMember("Records");

        Assert.Equal("", envelope.SkippingWhen("status", "").SkipValue);
        Assert.Throws<ArgumentException>(() => envelope.SkippingWhen("", "x"));
        Assert.Throws<ArgumentNullException>(() => envelope.SkippingWhen("status", null!));
    }
}
