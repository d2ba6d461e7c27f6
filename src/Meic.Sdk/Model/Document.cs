namespace Meic.Sdk.Model;

/// <summary>Base of every record kept in the document store.</summary>
public abstract class Document
{
    /// <summary>The record's identifier, unique within its collection. Assigned by the store when left empty.</summary>
    public string Id { get; set; } = "";

    /// <summary>The version the store last saw. An update against a stale version is refused with a <see cref="Errors.ConflictException"/>.</summary>
    [Newtonsoft.Json.JsonIgnore, System.Text.Json.Serialization.JsonIgnore]
    public long Version { get; set; }
}
