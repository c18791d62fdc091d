//! placeholder until the helper writes it
