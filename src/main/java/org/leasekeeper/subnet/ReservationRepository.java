package org.leasekeeper.subnet;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReservationRepository extends JpaRepository<ReservationEntity, Long> {

    List<ReservationEntity> findBySubnetIdOrderById(long subnetId);

    List<ReservationEntity> findAllByOrderById();

    List<ReservationEntity> findBySubnetIdAndIdGreaterThanOrderById(long subnetId, long afterId, Limit limit);
}
