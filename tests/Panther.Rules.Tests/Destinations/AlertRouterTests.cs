using Panther.Rules.Alerts;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class AlertRouterTests
{
    private readonly StubDestination _slack = new("slack-1", "Security Slack", [Severity.High, Severity.Critical]);
    private readonly StubDestination _pager = new("pd-1", "Pager", [Severity.Critical], [AlertType.Rule]);
    private readonly StubDestination _errors = new("errors", "Rule errors", [], [AlertType.RuleError]);

    private AlertRouter Router => new([_slack, _pager, _errors]);

    private static string[] Ids(AlertRoute route) => [.. route.Destinations.Select(d => d.Id)];

    [Fact]
    public void Without_named_destinations_severity_picks_the_defaults()
    {
        Assert.Equal(["slack-1", "pd-1"], Ids(Router.Route(AlertSamples.Create(Severity.Critical))));
        Assert.Equal(["slack-1"], Ids(Router.Route(AlertSamples.Create(Severity.High))));
        Assert.Empty(Router.Route(AlertSamples.Create(Severity.Low)).Destinations);
    }

    [Fact]
    public void Named_destinations_match_id_or_name_in_any_case_and_override_severity()
    {
        var route = Router.Route(AlertSamples.Create(Severity.Info, destinations: ["PD-1", "security slack"]));

        Assert.Equal(["slack-1", "pd-1"], Ids(route));
        Assert.Empty(route.UnknownNames);
    }

    [Fact]
    public void Unknown_names_are_reported_and_known_ones_still_routed()
    {
        var route = Router.Route(AlertSamples.Create(destinations: ["nowhere", "slack-1"]));

        Assert.Equal(["slack-1"], Ids(route));
        Assert.Equal(["nowhere"], route.UnknownNames);
    }

    [Fact]
    public void A_destination_named_twice_is_sent_once()
    {
        var route = Router.Route(AlertSamples.Create(destinations: ["slack-1", "Security Slack"]));

        Assert.Equal(["slack-1"], Ids(route));
    }

    [Theory]
    [InlineData("SKIP")]
    [InlineData("skip")]
    public void A_lone_SKIP_suppresses(string skip)
    {
        var route = Router.Route(AlertSamples.Create(Severity.Critical, destinations: [skip]));

        Assert.True(route.Suppressed);
        Assert.Empty(route.Destinations);
    }

    [Fact]
    public void A_suppressed_alert_goes_nowhere()
    {
        var route = Router.Route(AlertSamples.Create(Severity.Critical, suppressed: true));

        Assert.True(route.Suppressed);
        Assert.Empty(route.Destinations);
    }

    [Fact]
    public void Alert_type_filters_both_default_and_named_routes()
    {
        var error = AlertSamples.Create(Severity.Critical, AlertType.RuleError);
        var namedError = AlertSamples.Create(Severity.Critical, AlertType.RuleError, ["pd-1", "errors"]);

        Assert.Equal(["slack-1"], Ids(Router.Route(error)));
        Assert.Equal(["errors"], Ids(Router.Route(namedError)));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AlertRouter([_slack, new StubDestination("SLACK-1", "Other")]));
    }
}
