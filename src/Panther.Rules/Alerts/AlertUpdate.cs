namespace Panther.Rules.Alerts;

/// <summary>What one rule result did to its alert.</summary>
/// <param name="Alert">The alert after the result was added.</param>
/// <param name="IsNew">Whether the result started a new alert.</param>
/// <param name="Raised">Whether the alert reached its threshold with this result and should now be sent.</param>
public readonly record struct AlertUpdate(Alert Alert, bool IsNew, bool Raised);
