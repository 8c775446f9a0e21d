"""The document library: versions, rendering from templates and each council's templates."""
