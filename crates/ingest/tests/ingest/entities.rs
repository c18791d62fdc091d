//! Named entities: the seed facts a careful reader finds, and rules on unseen text.
