namespace RlaifTheorems.Lab.Data;

/// <summary>Data the lab needs and cannot get or use, with the one-line reason: a package that cannot be fetched, a values file
/// whose length does not match the items, a constitution word no item set contains.</summary>
public sealed class LabDataException(string message) : Exception(message);
