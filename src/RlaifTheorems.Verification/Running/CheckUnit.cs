using RlaifTheorems.Catalogue.Running;

namespace RlaifTheorems.Verification.Running;

/// <summary>One unit of a check run: a whole entry (<see cref="Chunk"/> null), or one chunk of it in a shard.</summary>
public sealed record CheckUnit(CatalogueEntry Entry, int? Chunk);
