"""The directory: CSPs, agencies, people, sign-in and the principal each request acts as."""
